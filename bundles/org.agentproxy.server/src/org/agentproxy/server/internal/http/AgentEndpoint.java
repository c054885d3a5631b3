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
    private static final HttpField JSON = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, HttpIO.JSON);
    private static final HttpField NO_CACHE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-cache");

    private final Groups groups;
    private final AuthThrottle throttle;

    AgentEndpoint(Groups groups, AuthThrottle throttle) {
        this.groups = groups;
        this.throttle = throttle;
    }

    void handle(Request request, Response response, Callback callback, String path) throws ApiException {
        if (!path.endsWith(SUFFIX) || path.length() <= PREFIX.length() + SUFFIX.length()) {
            throw new ApiException(404, "not-found", "path: no such resource; agents poll " + PREFIX
                    + "GROUP" + SUFFIX);
        }
        String method = request.getMethod();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            throw new ApiException(405, "method-not-allowed", "method: " + method + " is not allowed; use GET");
        }
        throttle.check(request);
        String token = HttpIO.bearer(request);
        String name = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
        GroupStore group = groups.get(name);
        if (group == null) {
            throw ApiException.unknownGroup(name);
        }
        if (!group.isAgentToken(token)) {
            throttle.refused(Request.getRemoteAddr(request));
            throw new ApiException(403, "wrong-token", "Authorization: not the agent token of group \"" + name
                    + "\"");
        }
        AgentView view = group.agentView();
        if (view.version() == 0) {
            throw new ApiException(404, "no-policy", "group \"" + name + "\" has no policy deployed yet");
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
}
