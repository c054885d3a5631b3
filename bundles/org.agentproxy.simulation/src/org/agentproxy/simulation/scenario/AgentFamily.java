package org.agentproxy.simulation.scenario;

import org.agentproxy.simulation.Identified;

/** The address families an agent has. */
public enum AgentFamily implements Identified {
    IPV4("ipv4", "IPv4-only", 1),
    IPV6("ipv6", "IPv6-only", 2),
    DUAL("dual", "dual-stack", 3);

    private final String id;
    private final String label;
    private final int mask;

    AgentFamily(String id, String label, int mask) {
        this.id = id;
        this.label = label;
        this.mask = mask;
    }

    @Override
    public String id() {
        return id;
    }

    /** {@code IPv4-only}, {@code IPv6-only} or {@code dual-stack}, for explanations. */
    public String label() {
        return label;
    }

    /** Bit 1 for IPv4, bit 2 for IPv6: two parties can talk when their masks intersect. */
    public int mask() {
        return mask;
    }

    @Override
    public String toString() {
        return id;
    }
}
