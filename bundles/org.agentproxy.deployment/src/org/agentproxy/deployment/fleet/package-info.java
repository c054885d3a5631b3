/**
 * A simulated agent fleet ({@link org.agentproxy.deployment.fleet.AgentFleet}): agents that poll a policy server
 * with {@code If-None-Match} as real agents do, to measure how long a fleet takes to converge on a new version.
 */
package org.agentproxy.deployment.fleet;
