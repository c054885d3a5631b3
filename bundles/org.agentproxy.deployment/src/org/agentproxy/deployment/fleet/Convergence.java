package org.agentproxy.deployment.fleet;

import java.time.Duration;
import java.time.Instant;

/**
 * How a fleet took up a new version.
 *
 * @param converged  whether every agent got it before the time-out
 * @param version    the version the agents moved to (the highest seen)
 * @param agents     how many agents had it at the end
 * @param count      how many agents there are
 * @param deployedAt when the server committed it (its clock), or {@code null} if no agent got it
 * @param firstAgent from the deploy until the first agent had it
 * @param allAgents  from the deploy until the last agent had it (until the time-out when not converged)
 */
public record Convergence(boolean converged, long version, int agents, int count, Instant deployedAt,
        Duration firstAgent, Duration allAgents) {
}
