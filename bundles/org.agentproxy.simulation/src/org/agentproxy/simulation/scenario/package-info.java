/**
 * Scenarios: the agent, the world it lives in, and the named parameters for the points the product documentation
 * leaves open. Immutable records.
 */
package org.agentproxy.simulation.scenario;
