package org.agentproxy.server.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Locale;

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
    /** {@code Retry-After} on 503: the worker pool drains in well under a second. */
    private static final String RETRY_AFTER_SECONDS = "1";

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

    /**
     * The request body, at most {@code limit} bytes; 413 when it is larger, 415 when its {@code Content-Type} is
     * given and is not JSON ({@code application/json} or {@code application/…+json}). A body without a
     * {@code Content-Type} is read as JSON.
     */
    static byte[] body(Request request, int limit) throws ApiException, IOException {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type != null && !isJson(type)) {
            throw new ApiException(415, "unsupported-media-type", "Content-Type: the body must be "
                    + JSON + " (a JSON document)")
                    .with("field", "Content-Type");
        }
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

    private static boolean isJson(String contentType) {
        int semicolon = contentType.indexOf(';');
        String mime = (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).strip()
                .toLowerCase(Locale.ROOT);
        return mime.equals(JSON) || mime.startsWith("application/") && mime.endsWith("+json");
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
        if (e.status() == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, RETRY_AFTER_SECONDS);
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
