package org.agentproxy.policy.store.internal.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.policy.store.history.PolicyVersion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code <n>.meta.json}: {@code {"format": "agentproxy-version/1", "version": 3, "time": "2025-…Z",
 * "restoredFrom": 1, "changedFields": ["internalAgents.server.port"]}} ({@code restoredFrom} only for a restore).
 */
final class VersionMetadata {

    static final String FORMAT = "agentproxy-version/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VersionMetadata() {
    }

    static byte[] write(PolicyVersion version) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("format", FORMAT);
        node.put("version", version.number());
        node.put("time", version.time().toString());
        if (version.isRestore()) {
            node.put("restoredFrom", version.restoredFrom());
        }
        version.changedFields().forEach(node.putArray("changedFields")::add);
        try {
            return (MAPPER.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static PolicyVersion read(Path file, PolicyId id, int number) throws IOException {
        JsonNode node;
        try {
            node = MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw damaged(file, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !FORMAT.equals(node.path("format").asText())) {
            throw damaged(file, "\"format\" is not \"" + FORMAT + "\"");
        }
        if (node.path("version").asInt() != number) {
            throw damaged(file, "\"version\" is " + node.path("version") + ", the file name says " + number);
        }
        Instant time;
        try {
            time = Instant.parse(node.path("time").asText());
        } catch (DateTimeParseException e) {
            throw damaged(file, "\"time\" is not an ISO-8601 instant: " + node.path("time"));
        }
        List<String> fields = new ArrayList<>();
        node.path("changedFields").forEach(f -> fields.add(f.asText()));
        return new PolicyVersion(id, number, time, fields, node.path("restoredFrom").asInt(0));
    }

    private static IOException damaged(Path file, String reason) {
        return new IOException(file + ": damaged version metadata: " + reason);
    }
}
