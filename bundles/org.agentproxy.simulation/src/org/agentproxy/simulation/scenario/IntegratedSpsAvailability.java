package org.agentproxy.simulation.scenario;

import org.agentproxy.simulation.Identified;

/**
 * When the integrated SPS counts as "available" for rule R5 (left open by the documentation): only the
 * unavailable integrated SPS sends the features to the Smart Protection Network.
 */
public enum IntegratedSpsAvailability implements Identified {
    /** Available when the agent reaches it; a failed attempt sends the feature to the Smart Protection Network. */
    WHEN_REACHABLE("when-reachable"),
    /**
     * Available whenever the agent's source list holds one; a failed attempt fails the feature, and only an agent
     * without an integrated SPS in its list goes to the Smart Protection Network.
     */
    WHEN_LISTED("when-listed");

    private final String id;

    IntegratedSpsAvailability(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
