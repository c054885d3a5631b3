package org.agentproxy.deployment.fleet;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A policy server's fleet status of one group ({@code GET /v1/admin/groups/GROUP/agents}): the summary of every
 * agent and one page of agents.
 *
 * @param group               the group
 * @param currentVersion      its current version (0: none)
 * @param notSeenAfterSeconds after how long without contact the server marks an agent not seen
 * @param agents              how many agents the group tracks
 * @param versions            agents per version they hold (0: none known)
 * @param states              agents per state id ({@link #STATES}); an agent may count in several
 * @param page                the agents of this page
 * @param next                the id to continue after, or {@code null} after the last page
 */
public record FleetStatus(String group, long currentVersion, long notSeenAfterSeconds, int agents,
        SortedMap<Long, Integer> versions, Map<String, Integer> states, List<FleetAgent> page, String next) {

    /** The states, in the order the summary shows them. */
    public static final List<String> STATES = List.of("current", "behind", "not-seen", "failing", "mismatch");

    public FleetStatus {
        page = List.copyOf(page);
    }

    /** Agents in a state (0 when none). */
    public int count(String state) {
        return states.getOrDefault(state, 0);
    }

    /** Whether every agent is current: no agent behind, not seen, failing or mismatched. */
    public boolean allCurrent() {
        return STATES.stream().filter(s -> !s.equals("current")).allMatch(s -> count(s) == 0);
    }
}
