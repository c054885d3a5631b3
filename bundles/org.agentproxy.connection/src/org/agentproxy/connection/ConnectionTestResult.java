package org.agentproxy.connection;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The result of a connection test: what happened and how long each phase took. Holds no credentials.
 *
 * @param proxy   the proxy tested
 * @param target  the target as {@code host:port}
 * @param outcome what happened
 * @param timings the phases that ran, in order, each with its duration
 */
public record ConnectionTestResult(ProxyAddress proxy, String target, Outcome outcome, List<PhaseTiming> timings) {

    public ConnectionTestResult {
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        timings = List.copyOf(timings);
    }

    /** Whether the tunnel was established. */
    public boolean success() {
        return outcome.success();
    }

    /** The time of all phases together. */
    public Duration total() {
        return timings.stream().map(PhaseTiming::took).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * One line: {@code proxy.corp:8080 → osce.corp:4343: tunnel established (HTTP/1.1 200 …) in 12 ms}.
     */
    public String summary() {
        return proxy.authority() + " \u2192 " + target + ": " + outcome.describe() + " in " + total().toMillis()
                + " ms";
    }
}
