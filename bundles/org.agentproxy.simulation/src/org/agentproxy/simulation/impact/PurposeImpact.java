package org.agentproxy.simulation.impact;

/**
 * How one purpose fares across the fleet when the policy changes.
 *
 * @param purpose the purpose's name
 * @param kept    agents whose path stays the same (also: no path before and after)
 * @param changed agents connected before and after, through a different path
 * @param gained  agents not connected before, connected after
 * @param lost    agents connected before, not after
 */
public record PurposeImpact(String purpose, int kept, int changed, int gained, int lost) {
}
