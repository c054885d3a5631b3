package org.agentproxy.deployment;

import java.net.URI;

/**
 * A policy server's TLS certificate is not trusted: it does not chain to the system trust store (and none is pinned),
 * or it is not the pinned one. Names the fingerprint seen and, when one is pinned, the pinned one; never retried.
 */
public final class UntrustedServerException extends TransportException {

    private static final long serialVersionUID = 1L;

    private final URI server;
    private final String seen;
    private final String pinned;

    public UntrustedServerException(URI server, String seen, String pinned, String message) {
        super(Kind.FAILED, 0, message);
        this.server = server;
        this.seen = seen;
        this.pinned = pinned;
    }

    public URI server() {
        return server;
    }

    /** The SHA-256 fingerprint of the certificate the server presented. */
    public String seen() {
        return seen;
    }

    /** The fingerprint pinned for the server, or {@code null} when none is. */
    public String pinned() {
        return pinned;
    }
}
