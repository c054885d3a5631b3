package org.agentproxy.simulation.internal.engine;

import org.agentproxy.simulation.scenario.EndpointFamily;

/**
 * A server, source or proxy as the engine sees it: its label, its host (for the bypass list; {@code null} for the
 * Trend Micro services), and what the world says about it.
 *
 * @param socks4 whether it is a SOCKS4 proxy, which carries IPv4 connections only
 */
record Endpoint(String label, String host, boolean reachable, EndpointFamily family, boolean socks4) {
}
