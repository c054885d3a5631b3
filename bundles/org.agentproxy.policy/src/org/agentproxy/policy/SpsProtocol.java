package org.agentproxy.policy;

/** Protocol of a Smart Protection Server source. */
public enum SpsProtocol {
    HTTP,
    HTTPS
}
