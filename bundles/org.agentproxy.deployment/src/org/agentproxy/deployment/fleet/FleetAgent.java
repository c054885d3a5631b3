package org.agentproxy.deployment.fleet;

import java.time.Instant;
import java.util.List;

import org.agentproxy.simulation.status.AgentStatusReport;
import org.agentproxy.simulation.status.PurposeMismatch;

/**
 * One agent of a {@link FleetStatus}.
 *
 * @param id         its id
 * @param version    the version it holds as far as the server knows
 * @param states     its state ids ({@link FleetStatus#STATES})
 * @param lastSeen   its last report or poll, or {@code null}
 * @param report     its last report, or {@code null} (known from polls only)
 * @param mismatches the purposes whose observed path differs from the predicted one
 */
public record FleetAgent(String id, long version, List<String> states, Instant lastSeen, AgentStatusReport report,
        List<PurposeMismatch> mismatches) {

    public FleetAgent {
        states = List.copyOf(states);
        mismatches = List.copyOf(mismatches);
    }
}
