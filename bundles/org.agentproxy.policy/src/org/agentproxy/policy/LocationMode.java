package org.agentproxy.policy;

/** How an agent decides whether it is internal or external. */
public enum LocationMode {
    /** Internal when the agent's default gateway (IP, and MAC when listed) is in the gateway list. */
    GATEWAY,
    /** Internal when the server, or else any reference server, is reachable. */
    REACHABILITY
}
