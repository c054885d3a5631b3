package org.agentproxy.simulation.impact;

import org.agentproxy.simulation.Cause;

/**
 * One agent's purpose under both policies.
 *
 * @param agentId the agent's id from the inventory
 * @param purpose the purpose's name
 * @param change  kept, changed, gained or lost
 * @param before  the path under the baseline ({@code target via kind (proxy)}), {@code null} when not connected
 * @param after   the path under the edited policy, {@code null} when not connected
 * @param cause   why the edited policy's attempts fail, {@code null} when connected
 * @param reason  the same in words, {@code null} when connected
 */
public record AgentChange(String agentId, String purpose, Change change, String before, String after, Cause cause,
        String reason) {
}
