package org.agentproxy.simulation;

/** Where the agent decides it is (rule R0). */
public enum Location implements Identified {
    INTERNAL("internal"),
    EXTERNAL("external");

    private final String id;

    Location(String id) {
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
