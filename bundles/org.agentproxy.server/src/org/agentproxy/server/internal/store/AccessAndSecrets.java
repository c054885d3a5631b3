package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SecretFingerprint;
import org.agentproxy.policy.codec.SecretFingerprintCodec;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.diff.PolicyFields;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A group's agent token (stored as its SHA-256 in its tokens ledger, the file store's {@code agent-tokens/}) and
 * secret values (AES-GCM sealed in its secrets ledger, {@code secrets/}), each change one ledger entry with its
 * audit data. The owning {@link GroupStore} serialises
 * changes; the token check is lock-free.
 */
final class AccessAndSecrets {

    private static final String TOKEN_FORMAT = "agentproxy-server-token/1";
    private static final String SECRETS_FORMAT = "agentproxy-server-secrets/1";
    private static final TypeReference<TreeMap<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final String group;
    private final SecretBox box;
    /** The server's maker of fingerprints, shared by its groups. */
    private final FingerprintMaker fingerprintMaker;
    private final Ledger tokens;
    private final Ledger secrets;
    private final List<AuditEntry> events = new ArrayList<>();
    private volatile byte[] tokenHash;
    private SortedMap<String, String> values = new TreeMap<>();
    /** A salted slow hash of each value, for clients to compare theirs with (never the value). */
    private SortedMap<String, SecretFingerprint> fingerprints = new TreeMap<>();
    private long revision;
    private Instant updated;

    AccessAndSecrets(Ledger tokens, Ledger secrets, String group, SecretBox box, FingerprintMaker fingerprintMaker) {
        this.group = group;
        this.box = box;
        this.fingerprintMaker = fingerprintMaker;
        this.tokens = tokens;
        this.secrets = secrets;
    }

    /**
     * Reads the entries of both ledgers not read yet (the first call: all); false when nothing was new. After the
     * first call, {@link #created} says whether the group was ever created whole.
     */
    boolean load(Consumer<String> log) throws IOException {
        boolean changed = false;
        for (Ledger.Entry entry : tokens.load(log)) {
            JsonNode doc = entry.document();
            tokenHash = HexFormat.of().parseHex(Json.text(doc, "sha256"));
            events.add(event(doc, null));
            changed = true;
        }
        Ledger.Entry last = null;
        for (Ledger.Entry entry : secrets.load(log)) {
            events.add(event(entry.document(), secretsDetail(entry.document())));
            last = entry;
            changed = true;
        }
        if (last != null) {
            JsonNode doc = last.document();
            values = Json.MAPPER.readValue(box.open(doc.get("sealed"), place(last.number())), STRING_MAP);
            fingerprints = doc.has("sealedFingerprints")
                    ? readFingerprints(box.open(doc.get("sealedFingerprints"), fingerprintPlace(last.number())))
                    : fingerprintsOf(values, Map.of(), Map.of()); // an entry written before fingerprints
            revision = last.number();
            updated = Json.time(doc, "time");
        }
        return changed;
    }

    /** Whether there is a whole token entry (else the group was never created whole). */
    boolean created() {
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

    /**
     * Replaces every value. The entry records which keys got a new or different value and which lost theirs (never
     * a value); each new or changed value gets a new fingerprint, an unchanged one keeps its own.
     */
    long putSecrets(SortedMap<String, String> newValues, String actor) throws IOException {
        long number = secrets.next();
        ObjectNode doc = entry(SECRETS_FORMAT, "set-secrets", actor);
        ArrayNode keys = doc.putArray("keys");
        newValues.keySet().forEach(keys::add);
        ArrayNode changed = doc.putArray("changed");
        newValues.forEach((k, v) -> {
            if (!v.equals(values.get(k))) {
                changed.add(k);
            }
        });
        ArrayNode removed = doc.putArray("removed");
        values.keySet().stream().filter(k -> !newValues.containsKey(k)).forEach(removed::add);
        SortedMap<String, SecretFingerprint> newFingerprints = fingerprintsOf(newValues, values, fingerprints);
        doc.set("sealed", box.seal(Json.bytes(Json.MAPPER.valueToTree(newValues)), place(number)));
        doc.set("sealedFingerprints", box.seal(Json.bytes(fingerprintsJson(newFingerprints)),
                fingerprintPlace(number)));
        secrets.append(number, doc);
        values = new TreeMap<>(newValues);
        fingerprints = newFingerprints;
        revision = number;
        updated = Json.time(doc, "time");
        events.add(event(doc, secretsDetail(doc)));
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
        if (updated != null) {
            info.put("updated", updated.toString());
        }
        ArrayNode keys = info.putArray("keys");
        values.keySet().forEach(keys::add);
        info.set("fingerprints", fingerprintsJson(fingerprints));
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

    private String fingerprintPlace(long number) {
        return place(number) + " fingerprints";
    }

    /** The fingerprints of values: those of unchanged values kept, the others new (or lately made for the value). */
    private SortedMap<String, SecretFingerprint> fingerprintsOf(Map<String, String> newValues,
            Map<String, String> oldValues, Map<String, SecretFingerprint> oldFingerprints) {
        return fingerprintMaker.of(newValues, oldValues, oldFingerprints);
    }

    private static ObjectNode fingerprintsJson(Map<String, SecretFingerprint> fingerprints) {
        return SecretFingerprintCodec.toJson(fingerprints);
    }

    private static SortedMap<String, SecretFingerprint> readFingerprints(byte[] json) throws IOException {
        try {
            return SecretFingerprintCodec.fromJson(Json.parse(json));
        } catch (IllegalArgumentException bad) {
            throw new IOException("damaged secret fingerprints: " + bad.getMessage());
        }
    }

    /** {@code keys: a, b; changed: a; removed: c} — keys only, never a value. */
    private static String secretsDetail(JsonNode doc) {
        StringBuilder detail = new StringBuilder("keys: ").append(String.join(", ", keys(doc, "keys")));
        if (doc.has("changed")) { // entries written before the server recorded changes have no such list
            List<String> changed = keys(doc, "changed");
            detail.append("; changed: ").append(changed.isEmpty() ? "none" : String.join(", ", changed));
            List<String> removed = keys(doc, "removed");
            if (!removed.isEmpty()) {
                detail.append("; removed: ").append(String.join(", ", removed));
            }
        }
        return detail.toString();
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

    private static List<String> keys(JsonNode doc, String field) {
        List<String> keys = new ArrayList<>();
        doc.path(field).forEach(k -> keys.add(k.asText()));
        return keys;
    }
}
