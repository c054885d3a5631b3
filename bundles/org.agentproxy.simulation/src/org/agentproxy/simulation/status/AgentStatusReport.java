package org.agentproxy.simulation.status;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One agent's status report, format {@value #FORMAT}: which policy version it applied and what it observed.
 *
 * @param agent    the agent's id (its name in the agent tree)
 * @param version  the policy version it applied (0: none yet)
 * @param etag     the ETag of the document it applied, or {@code null}
 * @param time     when the agent made the report
 * @param facts    its facts
 * @param purposes per purpose, the attempt it used or its last failure; each purpose at most once
 */
public record AgentStatusReport(String agent, long version, String etag, Instant time, ReportedFacts facts,
        List<ObservedPath> purposes) {

    /** The format name in the report's {@code format} member. */
    public static final String FORMAT = "agentproxy-agent-status/1";

    public AgentStatusReport {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(facts, "facts");
        purposes = List.copyOf(purposes);
    }

    /** The observation for a purpose, if the agent reported one. */
    public Optional<ObservedPath> purpose(String id) {
        return purposes.stream().filter(p -> p.purpose().equals(id)).findFirst();
    }

    /** Whether some purpose failed. */
    public boolean failing() {
        return purposes.stream().anyMatch(p -> !p.ok());
    }
}
