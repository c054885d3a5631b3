package org.agentproxy.server.internal.http;

import java.nio.ByteBuffer;

import org.agentproxy.server.internal.store.AgentView;
import org.agentproxy.server.internal.store.GroupStore;
import org.agentproxy.server.internal.store.Groups;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /v1/agent/groups/NAME/policy} with the group's agent token: the agent document with its
 * {@code ETag}; {@code If-None-Match} with the current tag gets 304 and no body. No I/O and no lock on this path:
 * the document is precomputed on every change.
 */
final class AgentEndpoint {

    static final String PREFIX = "/v1/agent/groups/";
    private static final String SUFFIX = "/policy";
    /** Agents' status reports: {@code POST PREFIX + GROUP + STATUS}; they read a body, so they block. */
    static final String STATUS = "/status";
    private static final HttpField JSON = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, HttpIO.JSON);
    private static final HttpField NO_CACHE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-cache");

    private final Groups groups;
    private final AuthThrottle throttle;
    private final StatusResources status;

    AgentEndpoint(Groups groups, AuthThrottle throttle, StatusResources status) {
        this.groups = groups;
        this.throttle = throttle;
        this.status = status;
    }

    void handle(Request request, Response response, Callback callback, String path) throws Exception {
        if (path.endsWith(STATUS) && path.length() > PREFIX.length() + STATUS.length()) {
            report(request, response, callback, path);
            return;
        }
        if (!path.endsWith(SUFFIX) || path.length() <= PREFIX.length() + SUFFIX.length()) {
            throw new ApiException(404, "not-found", "path: no such resource; agents poll " + PREFIX
                    + "GROUP" + SUFFIX + " and report to " + PREFIX + "GROUP" + STATUS);
        }
        String method = request.getMethod();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            throw new ApiException(405, "method-not-allowed", "method: " + method + " is not allowed; use GET");
        }
        GroupStore group = authenticate(request, path.substring(PREFIX.length(), path.length() - SUFFIX.length()));
        String agent = status.pollingAgent(request);
        AgentView view = group.agentView();
        if (agent != null && view.version() != 0) {
            status.polled(group, agent, view.version()); // 200 and 304 alike: the agent holds this version now
        }
        if (view.version() == 0) {
            throw new ApiException(404, "no-policy", "group \"" + group.name() + "\" has no policy deployed yet");
        }
        response.getHeaders().put(HttpHeader.ETAG, view.etag());
        response.getHeaders().add(NO_CACHE);
        String ifNoneMatch = request.getHeaders().get(HttpHeader.IF_NONE_MATCH);
        if (ifNoneMatch != null && Preconditions.noneMatchHits(ifNoneMatch, view.etag())) {
            response.setStatus(304);
            response.write(true, BufferUtil.EMPTY_BUFFER, callback);
            return;
        }
        response.setStatus(200);
        response.getHeaders().add(JSON);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, view.body().length);
        response.write(true, head ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(view.body()), callback);
    }

    private void report(Request request, Response response, Callback callback, String path) throws Exception {
        if (!request.getMethod().equals("POST")) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            throw new ApiException(405, "method-not-allowed", "method: " + request.getMethod()
                    + " is not allowed; agents POST their status report");
        }
        HttpIO.requireJsonIfTyped(request);
        GroupStore group = authenticate(request, path.substring(PREFIX.length(), path.length() - STATUS.length()));
        // the report may wait for the store (it reads a body, off Jetty's selector): a version deployed through
        // another replica a moment ago is read before the report is compared with it
        status.report(request, response, callback, group, groups);
    }

    /** The group named by the path, when the request has its agent token. */
    private GroupStore authenticate(Request request, String name) throws ApiException {
        throttle.check(request);
        String token = HttpIO.bearer(request);
        GroupStore group = groups.get(name);
        if (group == null) {
            throw ApiException.unknownGroup(name);
        }
        if (!group.isAgentToken(token)) {
            throttle.refused(Request.getRemoteAddr(request));
            throw new ApiException(403, "wrong-token", "Authorization: not the agent token of group \"" + name
                    + "\"");
        }
        return group;
    }
}
