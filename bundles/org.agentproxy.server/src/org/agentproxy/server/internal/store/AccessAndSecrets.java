package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.diff.PolicyFields;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A group's agent token (stored as its SHA-256 in {@code agent-tokens/}) and secret values (AES-GCM sealed in
 * {@code secrets/}), each change one ledger entry with its audit data. The owning {@link GroupStore} serialises
 * changes; the token check is lock-free.
 */
final class AccessAndSecrets {

    private static final String TOKEN_FORMAT = "agentproxy-server-token/1";
    private static final String SECRETS_FORMAT = "agentproxy-server-secrets/1";
    private static final TypeReference<TreeMap<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final String group;
    private final SecretBox box;
    private final Ledger tokens;
    private final Ledger secrets;
    private final List<AuditEntry> events = new ArrayList<>();
    private volatile byte[] tokenHash;
    private SortedMap<String, String> values = new TreeMap<>();
    private long revision;

    AccessAndSecrets(Path dir, String group, SecretBox box) {
        this.group = group;
        this.box = box;
        this.tokens = new Ledger(dir.resolve("agent-tokens"));
        this.secrets = new Ledger(dir.resolve("secrets"));
    }

    /** Loads both ledgers; false when there is no whole token entry (the group was never created whole). */
    boolean load(Consumer<String> log) throws IOException {
        for (Ledger.Entry entry : tokens.load(log)) {
            JsonNode doc = entry.document();
            tokenHash = HexFormat.of().parseHex(Json.text(doc, "sha256"));
            events.add(event(doc, null));
        }
        Ledger.Entry last = null;
        for (Ledger.Entry entry : secrets.load(log)) {
            events.add(event(entry.document(), "keys: " + String.join(", ", keys(entry.document()))));
            last = entry;
        }
        if (last != null) {
            values = Json.MAPPER.readValue(box.open(last.document().get("sealed"), place(last.number())),
                    STRING_MAP);
            revision = last.number();
        }
        return tokenHash != null;
    }

    String issueToken(String actor, String action) throws IOException {
        String token = Tokens.generate("apg_");
        ObjectNode doc = entry(TOKEN_FORMAT, action, actor);
        doc.put("sha256", Tokens.hashHex(token));
        tokens.append(tokens.next(), doc);
        tokenHash = Tokens.hash(token);
        events.add(event(doc, null));
        return token;
    }

    long putSecrets(SortedMap<String, String> newValues, String actor) throws IOException {
        long number = secrets.next();
        ObjectNode doc = entry(SECRETS_FORMAT, "set-secrets", actor);
        ArrayNode keys = doc.putArray("keys");
        newValues.keySet().forEach(keys::add);
        doc.set("sealed", box.seal(Json.bytes(Json.MAPPER.valueToTree(newValues)), place(number)));
        secrets.append(number, doc);
        values = new TreeMap<>(newValues);
        revision = number;
        events.add(event(doc, "keys: " + String.join(", ", newValues.keySet())));
        return number;
    }

    boolean isAgentToken(String presented) {
        return Tokens.matches(tokenHash, presented);
    }

    List<AuditEntry> events() {
        return events;
    }

    JsonNode secretsInfo() {
        ObjectNode info = Json.object();
        info.put("revision", revision);
        ArrayNode keys = info.putArray("keys");
        values.keySet().forEach(keys::add);
        return info;
    }

    /** The values of the secrets a policy refers to (those the server has), by key. */
    SortedMap<String, String> valuesFor(Policy policy) {
        SortedMap<String, String> used = new TreeMap<>();
        for (SecretRef ref : PolicyFields.secretRefs(policy).values()) {
            String value = values.get(ref.key());
            if (value != null) {
                used.put(ref.key(), value);
            }
        }
        return used;
    }

    List<String> missing(Policy policy) {
        return PolicyFields.secretRefs(policy).values().stream().map(SecretRef::key)
                .filter(k -> !values.containsKey(k)).distinct().toList();
    }

    long revision() {
        return revision;
    }

    private String place(long number) {
        return "group " + group + " secrets " + number;
    }

    private static ObjectNode entry(String format, String action, String actor) {
        ObjectNode doc = Json.object();
        doc.put("format", format);
        doc.put("action", action);
        doc.put("time", Instant.now().toString());
        doc.put("actor", actor);
        return doc;
    }

    private static AuditEntry event(JsonNode doc, String detail) throws IOException {
        return new AuditEntry(Json.time(doc, "time"), Json.text(doc, "actor"), Json.text(doc, "action"), 0, 0,
                detail);
    }

    private static List<String> keys(JsonNode doc) {
        List<String> keys = new ArrayList<>();
        doc.path("keys").forEach(k -> keys.add(k.asText()));
        return keys;
    }
}
