package org.agentproxy.server.internal.store;

/** A change was based on a version that is no longer the current one; nothing was changed. */
public final class StaleVersionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long expected;
    private final long current;

    StaleVersionException(long expected, long current) {
        super("version " + expected + " is not the current version " + current);
        this.expected = expected;
        this.current = current;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
