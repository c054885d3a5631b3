package org.agentproxy.server.internal.http;

import java.util.LinkedHashMap;
import java.util.Map;

import org.agentproxy.server.internal.store.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request the server refuses, answered with {@code status} and the JSON error
 * {@code {"error": code, "message": text, …}}. Messages name the field or header at fault and never contain a
 * token or a secret value.
 */
final class ApiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient ObjectNode body = Json.object();
    private final transient Map<String, String> headers = new LinkedHashMap<>();

    ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        body.put("error", code);
        body.put("message", message);
    }

    static ApiException badRequest(String code, String field, String message) {
        return new ApiException(400, code, field + ": " + message).with("field", field);
    }

    static ApiException unknownGroup(String group) {
        return new ApiException(404, "unknown-group", "group: no group \"" + group + "\" on this server")
                .with("field", "group");
    }

    ApiException with(String name, String value) {
        body.put(name, value);
        return this;
    }

    ApiException with(String name, long value) {
        body.put(name, value);
        return this;
    }

    ApiException with(String name, JsonNode value) {
        body.set(name, value);
        return this;
    }

    /** A header the answer carries (e.g. {@code Retry-After}). */
    ApiException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Map<String, String> headers() {
        return headers;
    }

    /** The error code, e.g. {@code wrong-token}. */
    String code() {
        return body.path("error").asText();
    }

    int status() {
        return status;
    }

    ObjectNode body() {
        return body;
    }
}
