package org.agentproxy.server.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

import org.agentproxy.server.internal.store.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading requests and writing JSON responses with Jetty's core API. */
final class HttpIO {

    static final String JSON = "application/json";

    private HttpIO() {
    }

    /** The bearer token of the request; 401 when there is none. */
    static String bearer(Request request) throws ApiException {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw new ApiException(401, "missing-token", "Authorization: a bearer token is required");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() == 7) {
            throw new ApiException(401, "missing-token", "Authorization: must be \"Bearer TOKEN\"");
        }
        return header.substring(7).strip();
    }

    /** The request body, at most {@code limit} bytes; 413 when it is larger. */
    static byte[] body(Request request, int limit) throws ApiException, IOException {
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] data = in.readNBytes(limit + 1);
            if (data.length > limit) {
                throw tooLarge(limit);
            }
            return data;
        }
    }

    /** A JSON body; 400 naming the line and column when it is malformed (the content is never echoed). */
    static JsonNode jsonBody(Request request, int limit) throws ApiException, IOException {
        byte[] data = body(request, limit);
        try {
            return Json.parse(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw new ApiException(400, "malformed-json", "body: malformed JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new ApiException(400, "malformed-json", "body: a JSON document is required");
        }
    }

    static void json(Response response, Callback callback, int status, JsonNode body) {
        send(response, callback, status, JSON, Json.bytes(body));
    }

    static void send(Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    static void error(Response response, Callback callback, ApiException e) {
        if (e.status() == 401) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"agentproxy\"");
        }
        if (e.status() == 413) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        json(response, callback, e.status(), e.body());
    }

    static void noContent(Response response, Callback callback, int status) {
        response.setStatus(status);
        response.write(true, BufferUtil.EMPTY_BUFFER, callback);
    }

    private static ApiException tooLarge(int limit) {
        return new ApiException(413, "body-too-large", "body: larger than the limit of " + limit + " bytes")
                .with("limit", limit);
    }
}
