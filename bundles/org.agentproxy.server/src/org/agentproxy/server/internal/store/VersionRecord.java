package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One deployed version of a group's policy with its audit data. Stored as one file
 * ({@code groups/NAME/versions/0000000007.json}); that file is the commit point of the deploy or rollback.
 *
 * @param version    1, 2, …
 * @param from       the version current before, or 0 for the first
 * @param action     {@code deploy} or {@code rollback}
 * @param rollbackOf for a rollback, the version whose policy it restores; else 0
 * @param time       when it was committed
 * @param actor      the admin token's name
 * @param note       the client's note (e.g. a deployment id), or {@code null}
 * @param policy     the policy
 * @param policyJson the policy in the policy format, UTF-8 (what the admin API returns)
 * @param sha256     the hex SHA-256 of {@code policyJson}
 */
public record VersionRecord(long version, long from, String action, long rollbackOf, Instant time, String actor,
        String note, Policy policy, byte[] policyJson, String sha256) {

    static final String FORMAT = "agentproxy-server-version/1";

    static VersionRecord of(long version, long from, String action, long rollbackOf, String actor, String note,
            Policy policy) {
        byte[] json = PolicyCodec.write(policy).getBytes(StandardCharsets.UTF_8);
        return new VersionRecord(version, from, action, rollbackOf, Instant.now(), actor, note, policy, json,
                Tokens.sha256Hex(json));
    }

    JsonNode toDocument(String group) throws IOException {
        ObjectNode doc = summary();
        doc.put("format", FORMAT);
        doc.put("group", group);
        doc.set("policy", Json.parse(policyJson));
        return doc;
    }

    static VersionRecord fromDocument(JsonNode doc) throws IOException {
        if (!FORMAT.equals(Json.text(doc, "format"))) {
            throw new IOException("format: not " + FORMAT);
        }
        JsonNode tree = doc.get("policy");
        if (tree == null || !tree.isObject()) {
            throw new IOException("policy: missing");
        }
        Policy policy = PolicyCodec.read(Json.MAPPER.writeValueAsString(tree));
        byte[] json = PolicyCodec.write(policy).getBytes(StandardCharsets.UTF_8);
        JsonNode note = doc.get("note");
        return new VersionRecord(Json.number(doc, "version"), Json.number(doc, "from"), Json.text(doc, "action"),
                doc.path("rollbackOf").asLong(0), Json.time(doc, "time"), Json.text(doc, "actor"),
                note == null || note.isNull() ? null : note.asText(), policy, json, Json.text(doc, "sha256"));
    }

    /** The version's metadata (no policy), as listed by the admin API. */
    public ObjectNode summary() {
        ObjectNode node = Json.object();
        node.put("version", version);
        node.put("from", from);
        node.put("action", action);
        if (rollbackOf > 0) {
            node.put("rollbackOf", rollbackOf);
        }
        node.put("time", time.toString());
        node.put("actor", actor);
        if (note != null) {
            node.put("note", note);
        }
        node.put("name", policy.name());
        node.put("sha256", sha256);
        return node;
    }

    public AuditEntry audit() {
        String detail = rollbackOf > 0 ? "restores version " + rollbackOf : null;
        if (note != null) {
            detail = detail == null ? note : detail + "; " + note;
        }
        return new AuditEntry(time, actor, action, version, from, detail);
    }
}
