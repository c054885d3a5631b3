package org.agentproxy.deployment.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How simulated agents report their status ({@code agentproxy-agent-status/1}) after they poll: each at most every
 * {@code interval}, with the paths the path engine gives it for the policy it holds, except where a
 * {@link Fault} says otherwise.
 *
 * @param interval how often each agent reports (a report waits for the agent's next poll)
 * @param faults   what a fraction of the agents observe instead of the predicted path
 */
public record FleetReporting(Duration interval, List<Fault> faults) {

    public FleetReporting {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the report interval must be positive");
        }
        faults = List.copyOf(faults);
    }

    /** What a fraction of the agents observe for a purpose. */
    public enum Kind {
        /** The purpose fails (the predicted attempt's proxy or target does not answer). */
        FAIL,
        /** The purpose succeeds another way than predicted (directly, or through another proxy). */
        DETOUR
    }

    /**
     * A fault: {@code fraction} of the agents (spread evenly over the fleet) observe {@code kind} for
     * {@code purpose}.
     */
    public record Fault(Kind kind, String purpose, double fraction) {

        public Fault {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(purpose, "purpose");
            if (!(fraction >= 0 && fraction <= 1)) {
                throw new IllegalArgumentException("the fraction must be between 0 and 1, not " + fraction);
            }
        }

        /** Whether agent {@code index} of {@code count} is one of the fraction: exactly floor(count × fraction). */
        public boolean hits(int index, int count) {
            return Math.floor((index + 1) * fraction) > Math.floor(index * fraction);
        }
    }
}
