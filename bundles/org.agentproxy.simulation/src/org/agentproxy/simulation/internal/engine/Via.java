package org.agentproxy.simulation.internal.engine;

import org.agentproxy.simulation.Route;

/**
 * How one target is reached, and why that way.
 *
 * @param route the kind of proxy, or direct
 * @param proxy the proxy, {@code null} when direct
 * @param how   the second half of the explanation, e.g. {@code through the internal proxy (server section)}, or
 *              {@code null} when the step's first half says it all
 */
record Via(Route route, Endpoint proxy, String how) {

    static Via direct(String how) {
        return new Via(Route.DIRECT, null, how);
    }
}
