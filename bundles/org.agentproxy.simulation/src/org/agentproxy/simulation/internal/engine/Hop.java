package org.agentproxy.simulation.internal.engine;

import org.agentproxy.simulation.Cause;

/** Whether a connection is made and, if not, why. */
record Hop(Cause cause, String reason) {

    static final Hop OK = new Hop(null, null);

    boolean ok() {
        return cause == null;
    }
}
