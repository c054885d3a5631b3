package org.agentproxy.server.internal.status;

import java.util.List;
import java.util.Set;

import org.agentproxy.simulation.status.AgentStatusReport;
import org.agentproxy.simulation.status.PurposeMismatch;

/**
 * One agent as the admin API lists it, read at one moment.
 *
 * @param id         the agent's id
 * @param version    the version it holds as far as the server knows (applied, else last fetched; 0: none)
 * @param states     its states
 * @param receivedAt when its last report arrived (epoch ms), 0 if none
 * @param lastPoll   when it last polled (epoch ms), 0 if never with its id
 * @param report     its last report, or {@code null}
 * @param mismatches the purposes whose observed path differs from the predicted one
 */
public record AgentView(String id, long version, Set<AgentState> states, long receivedAt, long lastPoll,
        AgentStatusReport report, List<PurposeMismatch> mismatches) {

    public long lastSeen() {
        return Math.max(receivedAt, lastPoll);
    }
}
