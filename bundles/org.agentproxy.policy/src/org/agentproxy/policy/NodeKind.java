package org.agentproxy.policy;

/** Kind of a node of the agent tree. */
public enum NodeKind {
    /** The root of the agent tree (the OfficeScan server). */
    ROOT,
    /** A domain: holds domains or agents. */
    DOMAIN,
    /** One agent: a leaf. */
    AGENT
}
