package org.agentproxy.server.internal.store;

/**
 * A change reached a group that was deleted while it waited for the group's lock: nothing was written (the HTTP
 * layer answers 404 {@code unknown-group}, as it would have a moment later).
 */
public final class GroupDeletedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String group;

    GroupDeletedException(String group) {
        super("group \"" + group + "\" was deleted");
        this.group = group;
    }

    public String group() {
        return group;
    }
}
