package org.agentproxy.simulation.impact;

import java.util.List;

/**
 * An agent that loses connectivity for at least one purpose.
 *
 * @param agentId the agent's id from the inventory
 * @param paths   the purposes it loses, in report order
 */
public record LostAgent(String agentId, List<LostPath> paths) {
}
