package org.agentproxy.policy.store.transfer;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SecretRef;

/**
 * A policy read from an export, with the secrets the export held (none for an export without secrets).
 * {@link #close()} wipes the secrets; use it in try-with-resources.
 */
public final class ImportedPolicy implements AutoCloseable {

    private final Policy policy;
    private final Map<SecretRef, char[]> secrets;

    /** @param secrets taken over (not copied): {@link #close()} wipes them */
    public ImportedPolicy(Policy policy, Map<SecretRef, char[]> secrets) {
        this.policy = policy;
        this.secrets = new LinkedHashMap<>(secrets);
    }

    public Policy policy() {
        return policy;
    }

    /** Whether the export held secrets. */
    public boolean hasSecrets() {
        return !secrets.isEmpty();
    }

    /** The keys of the secrets the export held. */
    public Set<SecretRef> secretRefs() {
        return Collections.unmodifiableSet(secrets.keySet());
    }

    /** The secrets by key, not copied: valid until {@link #close()}. */
    public Map<SecretRef, char[]> secrets() {
        return Collections.unmodifiableMap(secrets);
    }

    /** Wipes the secrets. */
    @Override
    public void close() {
        secrets.values().forEach(v -> Arrays.fill(v, '\0'));
    }

    @Override
    public String toString() {
        return "ImportedPolicy[" + policy.name() + ", secrets " + secrets.keySet().stream().map(SecretRef::key)
                .toList() + "]";
    }
}
