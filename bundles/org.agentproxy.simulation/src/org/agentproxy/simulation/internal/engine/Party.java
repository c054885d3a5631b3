package org.agentproxy.simulation.internal.engine;

/**
 * Who opens the connection: the agent, or for rule R6 the OfficeScan server.
 *
 * @param label e.g. {@code the IPv6-only agent}
 * @param mask  its address families: bit 1 IPv4, bit 2 IPv6
 */
record Party(String label, int mask) {
}
