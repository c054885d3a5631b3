package org.agentproxy.connection;

import java.time.Duration;

/**
 * How long a phase took (until it succeeded or failed).
 *
 * @param phase the phase
 * @param took  its duration
 */
public record PhaseTiming(Phase phase, Duration took) {

    /** {@code connect to proxy: 3 ms}. */
    @Override
    public String toString() {
        return phase.label() + ": " + took.toMillis() + " ms";
    }
}
