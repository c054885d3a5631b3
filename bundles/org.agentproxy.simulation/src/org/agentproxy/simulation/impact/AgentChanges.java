package org.agentproxy.simulation.impact;

import java.util.List;

/** The agents of an impact report by purpose and change: what a bar of the Fleet Impact chart stands for. */
public interface AgentChanges {

    /** None (a report built without them). */
    AgentChanges NONE = (purpose, change) -> List.of();

    /**
     * The agents whose {@code purpose} fares as {@code change}, in inventory order; a view built on access, so that a
     * million-agent fleet stays small until read.
     */
    List<AgentChange> of(String purpose, Change change);
}
