package org.agentproxy.connection;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each phase may take before the test reports a timeout for it.
 *
 * @param connect  resolving the proxy's name and opening the TCP connection to it
 * @param response the proxy's answer to the tunnel request (it connects to the target meanwhile)
 */
public record Timeouts(Duration connect, Duration response) {

    /** 10 seconds for each phase. */
    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(10));

    public Timeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(response, "response");
        if (connect.isNegative() || connect.isZero() || response.isNegative() || response.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }
}
