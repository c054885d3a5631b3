package org.agentproxy.deployment.fleet;

/** One agent's state: the tag and version of the document it holds. Guarded by the fleet. */
final class SimulatedAgent {

    final int index;
    volatile String etag;
    volatile boolean polling;
    long version = -1; // -1: not polled yet, 0: the group has no policy
    volatile long lastReport; // System.nanoTime() of its last status report, 0: none yet

    SimulatedAgent(int index) {
        this.index = index;
    }
}
