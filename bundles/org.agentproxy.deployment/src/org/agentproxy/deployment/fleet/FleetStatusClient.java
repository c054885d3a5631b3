package org.agentproxy.deployment.fleet;

import java.net.URI;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.TransportException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Reads a group's fleet status from a policy server's admin API. Blocks on the network (call it off the UI thread);
 * a cancelled monitor aborts the call. Messages name the server and the group, never a token.
 */
public interface FleetStatusClient {

    /** The most agents one page holds. */
    int MAX_PAGE = 1000;

    /**
     * One page.
     *
     * @param state only agents in this state ({@link FleetStatus#STATES}), or {@code null} for all
     * @param after the previous page's {@link FleetStatus#next()}, or {@code null} for the first page
     * @param limit 1 to {@link #MAX_PAGE}
     */
    FleetStatus page(URI server, AccessToken adminToken, String group, String state, String after, int limit,
            IProgressMonitor monitor) throws TransportException;

    /** Every page of the agents in {@code state}, as one status (its {@code next} is {@code null}). */
    default FleetStatus all(URI server, AccessToken adminToken, String group, String state,
            IProgressMonitor monitor) throws TransportException {
        FleetStatus first = page(server, adminToken, group, state, null, MAX_PAGE, monitor);
        java.util.List<FleetAgent> agents = new java.util.ArrayList<>(first.page());
        String next = first.next();
        while (next != null) {
            FleetStatus more = page(server, adminToken, group, state, next, MAX_PAGE, monitor);
            agents.addAll(more.page());
            next = more.next();
        }
        return new FleetStatus(first.group(), first.currentVersion(), first.notSeenAfterSeconds(), first.agents(),
                first.versions(), first.states(), agents, null);
    }

    /** The HTTP implementation. */
    static FleetStatusClient overHttp() {
        return new org.agentproxy.deployment.internal.http.HttpFleetStatus();
    }
}
