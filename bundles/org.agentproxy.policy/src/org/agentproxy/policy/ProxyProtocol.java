package org.agentproxy.policy;

/** Protocol of the server's own update proxy. */
public enum ProxyProtocol {
    /** HTTP proxy (CONNECT for HTTPS targets), optional Basic authentication. */
    HTTP,
    /** SOCKS version 4: a user id but no password. */
    SOCKS4
}
