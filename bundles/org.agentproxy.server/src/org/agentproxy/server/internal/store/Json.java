package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The server's own JSON documents (records, responses, errors): one shared, thread-safe mapper. */
public final class Json {

    /** The mapper; configure nothing on it after start. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(byte[] content) throws IOException {
        JsonNode node = MAPPER.readTree(content);
        if (node == null || node.isMissingNode()) {
            throw new IOException("empty document");
        }
        return node;
    }

    /** A required text member, or an IOException naming it. */
    static String text(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException(field + ": missing or not text");
        }
        return value.asText();
    }

    /** A required whole-number member, or an IOException naming it. */
    static long number(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new IOException(field + ": missing or not a whole number");
        }
        return value.asLong();
    }

    static Instant time(JsonNode node, String field) throws IOException {
        try {
            return Instant.parse(text(node, field));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException(field + ": not an ISO-8601 instant");
        }
    }
}
