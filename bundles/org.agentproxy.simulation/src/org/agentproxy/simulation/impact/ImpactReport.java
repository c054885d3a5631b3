package org.agentproxy.simulation.impact;

import java.util.List;

/**
 * What a policy change does to a fleet: per purpose how many agents keep, change, gain or lose their path, and
 * which agents lose one, with the reason.
 *
 * @param fromPolicy the current policy's name
 * @param toPolicy   the new policy's name
 * @param agents     the number of agents
 * @param purposes   per purpose, in report order (the nine built-in ones, then contributed features of either policy)
 * @param lostAgents the agents that lose a path, in inventory order; a view built on access, so a report on a
 *                   million agents stays small until read
 * @param changes    every agent by purpose and change (kept, changed, gained, lost), built on access too
 */
public record ImpactReport(String fromPolicy, String toPolicy, int agents, List<PurposeImpact> purposes,
        List<LostAgent> lostAgents, AgentChanges changes) {

    public ImpactReport {
        purposes = List.copyOf(purposes);
        changes = changes == null ? AgentChanges.NONE : changes;
    }

    /** A report without the agents of each change (only the lost ones). */
    public ImpactReport(String fromPolicy, String toPolicy, int agents, List<PurposeImpact> purposes,
            List<LostAgent> lostAgents) {
        this(fromPolicy, toPolicy, agents, purposes, lostAgents, AgentChanges.NONE);
    }

    /** The agents whose {@code purpose} fares as {@code change}, in inventory order. */
    public List<AgentChange> agents(String purpose, Change change) {
        return changes.of(purpose, change);
    }

    /** The counts of a purpose by name. */
    public PurposeImpact purpose(String name) {
        return purposes.stream().filter(p -> p.purpose().equals(name)).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("no purpose \"" + name + "\""));
    }

    /** The total of lost paths (agent and purpose pairs). */
    public long lostPaths() {
        return purposes.stream().mapToLong(PurposeImpact::lost).sum();
    }
}
