package org.agentproxy.simulation;

/** The outcome of an attempt, or of a purpose as a whole. */
public enum Outcome implements Identified {
    /** The connection is made. */
    OK("ok"),
    /** The connection fails; the attempt says why. */
    FAILED("failed"),
    /** Not attempted: an earlier attempt of the same purpose succeeded. */
    NOT_TRIED("not-tried");

    private final String id;

    Outcome(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
