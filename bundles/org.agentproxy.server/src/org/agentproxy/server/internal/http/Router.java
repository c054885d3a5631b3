package org.agentproxy.server.internal.http;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.agentproxy.server.StatusSettings;
import org.agentproxy.server.internal.status.AgentStatusStore;
import org.agentproxy.server.internal.store.GroupDeletedException;
import org.agentproxy.server.internal.store.Json;
import org.agentproxy.server.internal.store.ServerStore;
import org.agentproxy.server.internal.store.StoreUnavailableException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The server's only handler: {@code /v1/agent/…} to {@link AgentEndpoint}, {@code /v1/admin/…} to
 * {@link AdminEndpoint}, {@code /healthz}; every refusal as a JSON error, every failure as a logged 500.
 * <p>
 * Non-blocking, so that Jetty may answer agent polls (no I/O, no lock) on the thread that read them, without a
 * hand-off. Admin requests block (they read bodies and force files to disk): they run on the executor.
 */
public final class Router extends Handler.Abstract.NonBlocking {

    /** What a 503 for an unreachable database says to wait before retrying. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final ServerStore store;
    private final AgentEndpoint agent;
    private final AdminEndpoint admin;
    private final Executor blocking;
    private final Consumer<String> log;

    /**
     * @param maxBody  the largest request body accepted, in bytes
     * @param authFailureLimit refused tokens per client address and minute before it gets 429 (0: no limit)
     * @param status   the fleet status agents report to
     * @param blocking runs the admin requests and the agents' reports (they block)
     * @param log      where failures are reported (never with tokens or secret values)
     */
    public Router(ServerStore store, int maxBody, int authFailureLimit, AgentStatusStore status,
            StatusSettings statusSettings, Executor blocking, Consumer<String> log) {
        this.store = store;
        AuthThrottle throttle = new AuthThrottle(authFailureLimit, log);
        StatusResources statusResources = new StatusResources(status, statusSettings);
        this.agent = new AgentEndpoint(store.groups(), throttle, statusResources);
        this.admin = new AdminEndpoint(store, maxBody, throttle, statusResources, status, log);
        this.blocking = blocking;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getPath();
        // a body no resource read to its end (a refusal, a GET with a body) is read and discarded after the answer
        Callback done = HttpIO.mayHaveBody(request)
                ? Callback.from(() -> HttpIO.discardBody(request, callback), callback::failed)
                : callback;
        if (path.startsWith(AgentEndpoint.PREFIX) && !path.endsWith(AgentEndpoint.STATUS)) {
            route(request, response, done, path);
            return true;
        }
        try {
            blocking.execute(() -> route(request, response, done, path));
        } catch (RejectedExecutionException e) {
            HttpIO.error(response, done, new ApiException(503, "busy", "the server is overloaded or stopping"));
        }
        return true;
    }

    /** {@code GET /readyz}: 200 when this server's memory is current with its store, else 503 with the reason. */
    private void ready(Response response, Callback callback) {
        var reason = store.notReadyReason();
        if (reason.isEmpty()) {
            HttpIO.json(response, callback, 200, Json.object().put("status", "ready"));
        } else {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
            HttpIO.error(response, callback, new ApiException(503, "not-ready", reason.get()));
        }
    }

    private void route(Request request, Response response, Callback callback, String path) {
        try {
            if (path.startsWith(AgentEndpoint.PREFIX)) {
                agent.handle(request, response, callback, path);
            } else if (path.startsWith(AdminEndpoint.PREFIX)) {
                admin.handle(request, response, callback, path);
            } else if (path.equals("/healthz")) {
                HttpIO.json(response, callback, 200, Json.object().put("status", "ok"));
            } else if (path.equals("/readyz")) {
                ready(response, callback);
            } else {
                throw new ApiException(404, "not-found", "path: no such resource; the API is under /v1/admin/ "
                        + "and /v1/agent/ (docs/server.md)");
            }
        } catch (ApiException e) {
            if (e.code().equals("incomplete-body")) { // not the server's failure: one line, no stack, no "error"
                log.accept("request abandoned: " + request.getMethod() + " " + path + ": the client closed the "
                        + "connection or stopped sending before the whole body arrived");
            }
            HttpIO.error(response, callback, e);
        } catch (GroupDeletedException e) { // deleted while this request waited for the group's lock
            HttpIO.error(response, callback, ApiException.unknownGroup(e.group()));
        } catch (StoreUnavailableException e) { // the database is down: nothing was written; agents are unaffected
            log.accept("refused " + request.getMethod() + " " + path + ": " + e.getMessage());
            response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
            HttpIO.error(response, callback, new ApiException(503, "store-unavailable", "the database cannot be "
                    + "reached; nothing was changed. Retry later (agents keep getting the current policy)"));
        } catch (Exception | LinkageError e) { // a LinkageError too: unanswered, the client would wait forever
            log.accept("internal error on " + request.getMethod() + " " + path + ": " + e);
            if (response.isCommitted()) {
                callback.failed(e);
            } else {
                HttpIO.error(response, callback, new ApiException(500, "internal-error",
                        "the server failed to handle the request; see its log"));
            }
        }
    }
}
