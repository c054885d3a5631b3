package org.agentproxy.server.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;

import org.agentproxy.server.internal.store.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading requests and writing JSON responses with Jetty's core API. */
final class HttpIO {

    static final String JSON = "application/json";
    /** {@code Retry-After} on 503: the worker pool drains in well under a second. */
    private static final String RETRY_AFTER_SECONDS = "1";
    /**
     * How much of a refused request's body is read and discarded after the answer, so that the client, which may
     * still be sending, reads the answer instead of a connection reset: closing a socket with unread data makes the
     * kernel send RST, and the client's kernel then drops the answer it had received. A larger rest is not read.
     */
    static final long DISCARD_LIMIT = 32L << 20;
    /** How long the server waits for more of a refused body while it discards it, in milliseconds. */
    private static final long DISCARD_IDLE_MILLIS = 5_000;

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
            throw unsupportedType();
        }
        if (request.getLength() > limit) {
            throw tooLarge(limit);
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                try (Blocker.Runnable more = Blocker.runnable()) {
                    request.demand(more);
                    more.block();
                }
                continue;
            }
            if (Content.Chunk.isFailure(chunk)) { // the client closed the connection or stalled: not our failure
                throw new ApiException(400, "incomplete-body", "body: the connection ended before the whole body "
                        + "arrived").with("field", "body");
            }
            boolean last = chunk.isLast();
            try {
                // a body over the limit is refused here; what is left of it stays unread for the Router to discard
                // (closing an InputStream over the request instead would fail the rest, and the client would see
                // a reset rather than the 413)
                if (data.size() + chunk.remaining() > limit) {
                    throw tooLarge(limit);
                }
                byte[] part = new byte[chunk.remaining()];
                chunk.getByteBuffer().get(part); // direct or not
                data.writeBytes(part);
            } finally {
                chunk.release();
            }
            if (last) {
                return data.toByteArray();
            }
        }
    }

    /**
     * 415 when a request has a body and a {@code Content-Type} other than JSON: every body the API accepts is
     * JSON, also where it is ignored (creating a group), so that no client learns to send forms or text.
     */
    static void requireJsonIfTyped(Request request) throws ApiException {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type != null && request.getLength() != 0 && !isJson(type)) {
            throw unsupportedType();
        }
    }

    private static ApiException unsupportedType() {
        return new ApiException(415, "unsupported-media-type", "Content-Type: the body must be " + JSON
                + " (a JSON document)").with("field", "Content-Type");
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

    /** Answers a refusal with its JSON error (and the headers it asks for). */
    static void error(Response response, Callback callback, ApiException e) {
        e.headers().forEach((name, value) -> response.getHeaders().put(name, value));
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

    /** Whether a request announces a body (a length over 0, or chunked). */
    static boolean mayHaveBody(Request request) {
        return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    /**
     * Reads what is left of a request's body without keeping it (at most {@link #DISCARD_LIMIT}, waiting at most
     * {@link #DISCARD_IDLE_MILLIS} for each part), then completes {@code callback}; non-blocking. Called once the
     * answer is written, so that a client still sending its body reads the answer rather than a reset connection.
     */
    static void discardBody(Request request, Callback callback) {
        if (request.getLength() > DISCARD_LIMIT || expectsContinue(request)) {
            callback.succeeded(); // too much to read, or the client waits for a 100 it will not get: Jetty closes
            return;
        }
        request.getConnectionMetaData().getConnection().getEndPoint().setIdleTimeout(DISCARD_IDLE_MILLIS);
        discard(request, callback, DISCARD_LIMIT);
    }

    private static void discard(Request request, Callback callback, long budget) {
        long left = budget;
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                long remaining = left;
                request.demand(() -> discard(request, callback, remaining));
                return;
            }
            if (Content.Chunk.isFailure(chunk)) { // the client went away or stalled: nothing more to do
                callback.succeeded();
                return;
            }
            left -= chunk.remaining();
            boolean last = chunk.isLast();
            chunk.release();
            if (last || left < 0) {
                callback.succeeded();
                return;
            }
        }
    }

    private static boolean expectsContinue(Request request) {
        return Request.getContentBytesRead(request) == 0
                && request.getHeaders().contains(HttpHeader.EXPECT, "100-continue");
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
