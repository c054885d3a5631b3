package org.agentproxy.policy.codec;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.agentproxy.policy.SecretFingerprint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON form of {@link SecretFingerprint}s by secret key, shared by the policy server and its clients. */
public final class SecretFingerprintCodec {

    private SecretFingerprintCodec() {
    }

    /** {@code {KEY: {"algorithm", "iterations", "salt", "hash"}}}, as the policy server's admin API shows them. */
    public static ObjectNode toJson(Map<String, SecretFingerprint> fingerprints) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        fingerprints.forEach((k, f) -> json.putObject(k).put("algorithm", f.algorithm())
                .put("iterations", f.iterations()).put("salt", f.salt()).put("hash", f.hash()));
        return json;
    }

    /**
     * Reads what {@link #toJson} wrote (what a policy server's {@code GET …/secrets} shows).
     *
     * @throws IllegalArgumentException naming the key and the part that is wrong
     */
    public static SortedMap<String, SecretFingerprint> fromJson(JsonNode json) {
        SortedMap<String, SecretFingerprint> result = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : json.properties()) {
            JsonNode f = e.getValue();
            try {
                result.put(e.getKey(), SecretFingerprint.parse(f.path("algorithm").asText(),
                        f.path("iterations").asInt(), f.path("salt").asText(), f.path("hash").asText()));
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException("fingerprints." + e.getKey() + "." + bad.getMessage(), bad);
            }
        }
        return result;
    }
}
