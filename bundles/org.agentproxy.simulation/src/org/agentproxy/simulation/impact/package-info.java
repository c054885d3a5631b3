/**
 * Fleet impact analysis: an inventory of agents ({@link org.agentproxy.simulation.impact.InventoryReader}, CSV), two
 * policies, and per purpose how many agents keep, change, gain or lose their path
 * ({@link org.agentproxy.simulation.impact.FleetImpact}).
 */
package org.agentproxy.simulation.impact;
