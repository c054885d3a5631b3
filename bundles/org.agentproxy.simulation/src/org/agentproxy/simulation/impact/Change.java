package org.agentproxy.simulation.impact;

import org.agentproxy.simulation.Identified;

/** How one purpose of one agent fares when the policy changes (the bars of the Fleet Impact chart). */
public enum Change implements Identified {
    /** The same path (also: no path before and after). */
    KEPT("kept"),
    /** Connected before and after, through a different path. */
    CHANGED("changed"),
    /** Not connected before, connected after. */
    GAINED("gained"),
    /** Connected before, not after. */
    LOST("lost");

    private final String id;

    Change(String id) {
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
