package org.agentproxy.connection;

/** The phases of a connection test, in order. */
public enum Phase {
    /** Looking up the proxy's address in DNS (skipped for an IP literal). */
    RESOLVE_PROXY,
    /** Opening the TCP connection to the proxy. */
    CONNECT_PROXY,
    /** Asking the proxy for a tunnel to the target and waiting for its answer. */
    TUNNEL;

    /** For a person: {@code connect to proxy} (in the default locale's language). */
    public String label() {
        return switch (this) {
            case RESOLVE_PROXY -> Messages.Phase_resolveProxy;
            case CONNECT_PROXY -> Messages.Phase_connectProxy;
            case TUNNEL -> Messages.Phase_tunnel;
        };
    }
}
