/**
 * The JSON formats of the simulator: scenarios ({@code agentproxy-scenario/1}, read and written) and reports
 * ({@code agentproxy-simulation/2} and, for older readers, {@code /1}; {@code agentproxy-impact/1}; written), documented in {@code docs/simulation.md}.
 */
package org.agentproxy.simulation.codec;
