package org.agentproxy.deployment.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.agentproxy.deployment.SecretValues;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SecretFingerprint;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.diff.PolicyFields;
import org.agentproxy.policy.store.secrets.SecretStoreException;

/**
 * The values of the secrets a policy refers to, read from the {@link SecretValues} once, on first need, and wiped
 * by {@link #close()}. Never shows a value: {@link #problem()} names fields and keys only.
 */
final class PolicySecrets implements AutoCloseable {

    /** The first field path that refers to each key, in field order. */
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final SecretValues source;
    private Map<String, char[]> values;
    private String problem;
    /** Comparisons made in this plan, by fingerprint and value (the key that first had the value), never a value. */
    private final Map<String, Boolean> compared = new ConcurrentHashMap<>();

    PolicySecrets(Policy policy, SecretValues source) {
        PolicyFields.secretRefs(policy).forEach((field, ref) -> fields.putIfAbsent(ref.key(), field));
        this.source = source == null ? SecretValues.NONE : source;
    }

    /** Whether the policy refers to no secret. */
    boolean isEmpty() {
        return fields.isEmpty();
    }

    int count() {
        return fields.size();
    }

    /** Why the values cannot be sent (a referenced secret has none, or the store cannot be read), or {@code null}. */
    synchronized String problem() {
        load();
        return problem;
    }

    /** The first field path that refers to each key, by key in field order. */
    Map<String, String> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** The value of a key, or {@code null} when there is none (or the store failed first). Not a copy. */
    synchronized char[] valueOf(String key) {
        load();
        return values.get(key);
    }

    /** The values by key; only when {@link #problem()} is {@code null}. Not copies: do not wipe them. */
    synchronized Map<String, char[]> values() {
        load();
        return values;
    }

    private void load() {
        if (values != null) {
            return;
        }
        values = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            try {
                Optional<char[]> value = source.get(new SecretRef(e.getKey()));
                if (value.isPresent()) {
                    values.put(e.getKey(), value.get());
                } else {
                    missing.add(e.getValue() + (e.getValue().equals(e.getKey()) ? "" : " (secret " + e.getKey() + ")"));
                }
            } catch (SecretStoreException | RuntimeException x) {
                problem = "the password of " + e.getValue() + " cannot be read: " + x.getMessage();
                return;
            }
        }
        if (!missing.isEmpty()) {
            problem = (missing.size() == 1 ? "the password of " + missing.get(0) + " has"
                    : "the passwords of " + String.join(", ", missing) + " have")
                    + " no stored value: set it in the policy editor (or give --secrets-file) and deploy again";
        }
    }

    /**
     * Whether each key's value is the one its fingerprint was made of. Each fingerprint is a slow hash (600,000
     * iterations: seconds on a busy machine), so a pair of fingerprint and value is hashed once per plan — a server
     * gives the same value in two groups, or under two keys, the same fingerprint — and the distinct pairs side by
     * side.
     *
     * @param fingerprints a fingerprint per key that has a value here
     */
    Map<String, Boolean> matches(Map<String, SecretFingerprint> fingerprints) {
        Map<String, String> pairOfKey = new LinkedHashMap<>();
        Map<String, Map.Entry<SecretFingerprint, char[]>> toHash = new LinkedHashMap<>();
        fingerprints.forEach((key, fingerprint) -> {
            char[] value = valueOf(key);
            String pair = fingerprint.iterations() + ":" + fingerprint.salt() + ":" + fingerprint.hash() + ":"
                    + sameValueAs(key, value);
            pairOfKey.put(key, pair);
            if (!compared.containsKey(pair)) {
                toHash.putIfAbsent(pair, Map.entry(fingerprint, value));
            }
        });
        toHash.entrySet().parallelStream().forEach(e -> compared.put(e.getKey(),
                e.getValue().getKey().matches(e.getValue().getValue())));
        Map<String, Boolean> result = new LinkedHashMap<>();
        pairOfKey.forEach((key, pair) -> result.put(key, compared.get(pair)));
        return result;
    }

    /** The first key (in field order) whose value equals this key's: keys with equal values share it. */
    private String sameValueAs(String key, char[] value) {
        for (String other : fields.keySet()) {
            if (Arrays.equals(valueOf(other), value)) {
                return other;
            }
        }
        return key;
    }

    @Override
    public synchronized void close() {
        if (values != null) {
            values.values().forEach(v -> Arrays.fill(v, '\0'));
            values.clear();
        }
    }
}
