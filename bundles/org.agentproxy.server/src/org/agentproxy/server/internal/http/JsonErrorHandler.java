package org.agentproxy.server.internal.http;

import java.nio.ByteBuffer;
import java.util.regex.Pattern;

import org.agentproxy.server.internal.store.Json;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The answers Jetty makes itself, before a request reaches the {@link Router}: a URI its compliance mode refuses
 * ({@code %2e%2e}, {@code %2f}, a control character), a URI or headers too long, a malformed request line or
 * header. They get the API's JSON error ({@code {"error", "message"}}) instead of Jetty's HTML page, with a code
 * per status ({@code bad-request}, {@code uri-too-long}, {@code headers-too-large}, …) and Jetty's reason when it is
 * plain words (it never holds a header's value).
 */
public final class JsonErrorHandler extends ErrorHandler {

    /** Jetty's reasons are short phrases ("Ambiguous URI path separator"); anything else is left out. */
    private static final Pattern PLAIN_REASON = Pattern.compile("[A-Za-z0-9 .,:'()=/_-]{1,100}");

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() > 0 ? response.getStatus() : 500;
        Object attribute = request.getAttribute(ERROR_STATUS);
        if (attribute instanceof Integer code) {
            status = code;
        }
        Object message = request.getAttribute(ERROR_MESSAGE);
        byte[] body = Json.bytes(body(status, message == null ? null : message.toString()));
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, HttpIO.JSON);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (status == 503) { // Jetty's own 503 (stopping): the same promise as the API's
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** Used by Jetty where it answers without a request (e.g. a request line it cannot parse). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, HttpIO.JSON));
        fields.put(new HttpField(HttpHeader.CACHE_CONTROL, "no-store"));
        return ByteBuffer.wrap(Json.bytes(body(status, reason)));
    }

    static ObjectNode body(int status, String reason) {
        ObjectNode body = Json.object();
        body.put("error", code(status));
        String words = HttpStatus.getMessage(status);
        body.put("message", switch (status) {
            case 400 -> "request: malformed or refused by the server's HTTP rules (encoded '/', '.' or control "
                    + "characters in the path, a bad header)";
            case 414 -> "request: the URI is too long";
            case 431 -> "request: the headers are too large";
            default -> "request: " + (words == null ? "HTTP " + status : words);
        });
        if (reason != null && PLAIN_REASON.matcher(reason).matches() && !reason.equalsIgnoreCase(words)) {
            body.put("reason", reason);
        }
        return body;
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "body-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            case 431 -> "headers-too-large";
            case 500 -> "internal-error";
            case 501 -> "not-implemented";
            case 503 -> "busy";
            case 505 -> "http-version-not-supported";
            default -> "http-" + status;
        };
    }
}
