package org.agentproxy.server.internal.store;

/** A version that the group does not have was asked for. */
public final class UnknownVersionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long version;

    UnknownVersionException(String group, long version) {
        super("group \"" + group + "\" has no version " + version);
        this.version = version;
    }

    public long version() {
        return version;
    }
}
