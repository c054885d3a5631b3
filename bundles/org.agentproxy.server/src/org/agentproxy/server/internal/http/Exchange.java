package org.agentproxy.server.internal.http;

import org.agentproxy.server.internal.store.GroupStore;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One authenticated admin request on a group.
 *
 * @param actor the admin token's name, recorded in the audit log
 * @param group the group the path names
 */
record Exchange(Request request, Response response, Callback callback, String actor, GroupStore group) {
}
