package org.agentproxy.server.internal.http;

import java.io.IOException;
import java.util.function.Consumer;

import org.agentproxy.server.internal.status.AgentStatusStore;
import org.agentproxy.server.internal.store.GroupStore;
import org.agentproxy.server.internal.store.Groups;
import org.agentproxy.server.internal.store.Json;
import org.agentproxy.server.internal.store.RefusedLog;
import org.agentproxy.server.internal.store.ServerStore;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code /v1/admin/…} with an admin token: authenticates, then routes to {@link GroupResources} and
 * {@link PolicyResources}. The resources and methods are listed in docs/server.md. A request refused for its token
 * is recorded in the refused-admin log (never the token), and counts against its address ({@link AuthThrottle}).
 */
final class AdminEndpoint {

    static final String PREFIX = "/v1/admin/";
    /** The most entries {@code GET /v1/admin/audit/refused} answers (the latest). */
    static final int REFUSED_ENTRIES = 1000;

    private final ServerStore store;
    private final GroupResources groupResources;
    private final PolicyResources policyResources;
    private final AuthThrottle throttle;
    private final StatusResources statusResources;
    private final AgentStatusStore status;
    private final Consumer<String> log;

    AdminEndpoint(ServerStore store, int maxBody, AuthThrottle throttle, StatusResources statusResources,
            AgentStatusStore status, Consumer<String> log) {
        this.store = store;
        this.throttle = throttle;
        this.statusResources = statusResources;
        this.status = status;
        this.log = log;
        this.groupResources = new GroupResources(store.groups(), maxBody);
        this.policyResources = new PolicyResources(maxBody);
    }

    void handle(Request request, Response response, Callback callback, String path) throws Exception {
        String actor = authenticate(request, path);
        HttpIO.requireJsonIfTyped(request);
        String[] segments = path.substring(PREFIX.length()).split("/", -1);
        String method = request.getMethod();
        if (segments.length == 2 && segments[0].equals("audit") && segments[1].equals("refused")) {
            allow(response, method, "GET");
            refused(response, callback);
            return;
        }
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
                if (store.groups().get(name) == null) {
                    status.forget(name); // a group of that name created later starts with no agents
                }
            } else {
                groupResources.info(response, callback, group(name));
            }
            return;
        }
        route(new Exchange(request, response, callback, actor, group(name)), segments);
    }

    /** The admin token's name; a refusal is recorded and a refused token counted against the address. */
    private String authenticate(Request request, String path) throws ApiException {
        String client = Request.getRemoteAddr(request);
        try {
            throttle.check(request);
            String token = HttpIO.bearer(request);
            return store.adminName(token).orElseThrow(() -> new ApiException(403, "wrong-token",
                    "Authorization: not an admin token of this server"));
        } catch (ApiException refused) {
            if (refused.status() == 403) {
                throttle.refused(client);
            }
            try {
                store.dataDirectory().refusedLog().record(client, request.getMethod(), path, refused.code());
            } catch (IOException e) {
                log.accept("cannot record a refused admin request in " + store.dataDirectory().path().resolve(
                        RefusedLog.FILE) + ": " + e.getMessage());
            }
            throw refused;
        }
    }

    /** {@code GET /v1/admin/audit/refused}: the latest refused admin requests, oldest first. */
    private void refused(Response response, Callback callback) throws IOException {
        var body = Json.object();
        var entries = body.putArray("entries");
        store.dataDirectory().refusedLog().last(REFUSED_ENTRIES).forEach(entries::add);
        HttpIO.json(response, callback, 200, body);
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
            case "agents" -> {
                allow(x.response(), method, "GET");
                statusResources.list(x);
            }
            case "agent-token" -> {
                allow(x.response(), method, "POST");
                groupResources.rotateAgentToken(x);
            }
            default -> throw notFound();
        }
    }

    private GroupStore group(String name) throws ApiException, IOException {
        GroupStore group = store.groups().find(name);
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
