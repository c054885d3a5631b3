package org.agentproxy.connection;

/** The phases of a connection test, in order. */
public enum Phase {
    /** Looking up the proxy's address in DNS (skipped for an IP literal). */
    RESOLVE_PROXY("resolve proxy name"),
    /** Opening the TCP connection to the proxy. */
    CONNECT_PROXY("connect to proxy"),
    /** Asking the proxy for a tunnel to the target and waiting for its answer. */
    TUNNEL("tunnel request");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** For a person: {@code connect to proxy}. */
    public String label() {
        return label;
    }
}
