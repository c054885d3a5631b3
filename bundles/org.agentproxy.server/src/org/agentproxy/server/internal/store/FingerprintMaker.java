package org.agentproxy.server.internal.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.agentproxy.policy.SecretFingerprint;

/**
 * Makes the fingerprints of secret values: each a slow hash (600,000 iterations of PBKDF2-HMAC-SHA256, hundreds of
 * milliseconds, seconds on a busy machine), so a store of secrets costs one per new value. Two things keep that off
 * a rollout's critical path: a value this server fingerprinted lately — typically the same password deployed to
 * the next group of the rollout — gets that fingerprint again instead of a new one, and the values still to hash
 * are hashed side by side (the common fork-join pool). Reusing a fingerprint across groups shows an admin, who may read both
 * groups' fingerprints, that the two values are equal; it tells nothing about the value, and guessing it stays as
 * expensive. The values held here are the ones the groups hold in memory anyway; at most {@link #CAPACITY}.
 * <p>
 * One per server (its {@link DataDirectory}), shared by its groups: a value is recognised only by the server that
 * fingerprinted it, and the values leave memory with the server. Thread-safe.
 */
final class FingerprintMaker {

    static final int CAPACITY = 256;

    /** Lately fingerprinted values, least recently used first (guarded by itself). */
    private final Map<String, SecretFingerprint> recent = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SecretFingerprint> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * The fingerprints of new values: an unchanged value keeps its old fingerprint, a value fingerprinted lately
     * gets that one, the others new ones, made in parallel.
     */
    SortedMap<String, SecretFingerprint> of(Map<String, String> newValues, Map<String, String> oldValues,
            Map<String, SecretFingerprint> oldFingerprints) {
        SortedMap<String, SecretFingerprint> result = new TreeMap<>();
        Map<String, String> toMake = new TreeMap<>();
        newValues.forEach((key, value) -> {
            SecretFingerprint kept = value.equals(oldValues.get(key)) ? oldFingerprints.get(key) : null;
            if (kept == null) {
                kept = recent(value);
            }
            if (kept != null) {
                result.put(key, kept);
            } else {
                toMake.put(key, value);
            }
        });
        Map<String, SecretFingerprint> made = make(toMake.values());
        toMake.forEach((key, value) -> result.put(key, made.get(value)));
        synchronized (recent) {
            result.forEach((key, fingerprint) -> recent.putIfAbsent(newValues.get(key), fingerprint));
        }
        return result;
    }

    private SecretFingerprint recent(String value) {
        synchronized (recent) {
            return recent.get(value);
        }
    }

    /** A fingerprint per distinct value, made side by side (the common pool and the calling thread). */
    private static Map<String, SecretFingerprint> make(Collection<String> values) {
        return values.stream().distinct().toList().parallelStream()
                .collect(Collectors.toConcurrentMap(Function.identity(), v -> SecretFingerprint.of(v.toCharArray())));
    }
}
