package org.agentproxy.server.internal.http;

import org.agentproxy.server.internal.store.DataDirectory;
import org.agentproxy.server.internal.store.GroupStore;
import org.agentproxy.server.internal.store.Groups;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code /v1/admin/…} with an admin token: authenticates, then routes to {@link GroupResources} and
 * {@link PolicyResources}. The resources and methods are listed in docs/server.md.
 */
final class AdminEndpoint {

    static final String PREFIX = "/v1/admin/";

    private final DataDirectory data;
    private final GroupResources groupResources;
    private final PolicyResources policyResources;

    AdminEndpoint(DataDirectory data, int maxBody) {
        this.data = data;
        this.groupResources = new GroupResources(data.groups(), maxBody);
        this.policyResources = new PolicyResources(maxBody);
    }

    void handle(Request request, Response response, Callback callback, String path) throws Exception {
        String token = HttpIO.bearer(request);
        String actor = data.adminName(token).orElseThrow(() -> new ApiException(403, "wrong-token",
                "Authorization: not an admin token of this server"));
        String[] segments = path.substring(PREFIX.length()).split("/", -1);
        String method = request.getMethod();
        if (!segments[0].equals("groups")) {
            throw notFound();
        }
        if (segments.length == 1) {
            allow(response, method, "GET");
            groupResources.list(response, callback);
            return;
        }
        String name = segments[1];
        if (!Groups.NAME.matcher(name).matches()) {
            throw ApiException.badRequest("invalid-group-name", "group", Groups.NAME_RULE);
        }
        if (segments.length == 2) {
            allow(response, method, "GET", "PUT", "DELETE");
            if (method.equals("PUT")) {
                groupResources.create(response, callback, name, actor);
            } else if (method.equals("DELETE")) {
                groupResources.delete(new Exchange(request, response, callback, actor, group(name)));
            } else {
                groupResources.info(response, callback, group(name));
            }
            return;
        }
        route(new Exchange(request, response, callback, actor, group(name)), segments);
    }

    private void route(Exchange x, String[] segments) throws Exception {
        String method = x.request().getMethod();
        String resource = segments[2];
        if (segments.length == 4 && resource.equals("versions")) {
            allow(x.response(), method, "GET");
            policyResources.version(x, segments[3]);
            return;
        }
        if (segments.length != 3) {
            throw notFound();
        }
        switch (resource) {
            case "policy" -> {
                allow(x.response(), method, "GET", "PUT");
                if (method.equals("PUT")) {
                    policyResources.deploy(x);
                } else {
                    policyResources.current(x);
                }
            }
            case "versions" -> {
                allow(x.response(), method, "GET");
                policyResources.versions(x);
            }
            case "rollback" -> {
                allow(x.response(), method, "POST");
                policyResources.rollback(x);
            }
            case "audit" -> {
                allow(x.response(), method, "GET");
                groupResources.audit(x);
            }
            case "secrets" -> {
                allow(x.response(), method, "GET", "PUT");
                groupResources.secrets(x, method.equals("PUT"));
            }
            case "agent-token" -> {
                allow(x.response(), method, "POST");
                groupResources.rotateAgentToken(x);
            }
            default -> throw notFound();
        }
    }

    private GroupStore group(String name) throws ApiException {
        GroupStore group = data.groups().get(name);
        if (group == null) {
            throw ApiException.unknownGroup(name);
        }
        return group;
    }

    private static void allow(Response response, String method, String... allowed) throws ApiException {
        for (String a : allowed) {
            if (a.equals(method)) {
                return;
            }
        }
        String list = String.join(", ", allowed);
        response.getHeaders().put(HttpHeader.ALLOW, list);
        throw new ApiException(405, "method-not-allowed", "method: " + method + " is not allowed here; use "
                + list);
    }

    private static ApiException notFound() {
        return new ApiException(404, "not-found", "path: no such admin resource (see docs/server.md)");
    }
}
