package org.agentproxy.server.internal.store;

/**
 * A group holding a policy was to be deleted without {@code force}: its agents poll that policy. Nothing changed.
 */
public final class GroupInUseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    GroupInUseException(String group, long currentVersion) {
        super("group \"" + group + "\" holds version " + currentVersion + ", which its agents poll");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
