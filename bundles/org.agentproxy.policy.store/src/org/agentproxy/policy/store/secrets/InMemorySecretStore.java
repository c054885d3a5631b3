package org.agentproxy.policy.store.secrets;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.store.PolicyId;

/** A {@link SecretStore} in memory, for tests and for tools that must not touch secure storage. */
public final class InMemorySecretStore implements SecretStore {

    private record Key(PolicyId policy, SecretRef ref) {
    }

    private final Map<Key, char[]> secrets = new HashMap<>();

    @Override
    public synchronized Optional<char[]> get(PolicyId policy, SecretRef ref) {
        char[] value = secrets.get(new Key(policy, ref));
        return value == null ? Optional.empty() : Optional.of(value.clone());
    }

    @Override
    public synchronized void put(PolicyId policy, SecretRef ref, char[] secret) {
        char[] old = secrets.put(new Key(policy, ref), secret.clone());
        wipe(old);
    }

    @Override
    public synchronized boolean remove(PolicyId policy, SecretRef ref) {
        char[] old = secrets.remove(new Key(policy, ref));
        wipe(old);
        return old != null;
    }

    @Override
    public synchronized Set<SecretRef> refs(PolicyId policy) {
        return secrets.keySet().stream().filter(k -> k.policy().equals(policy)).map(Key::ref)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public synchronized void removeAll(PolicyId policy) {
        secrets.entrySet().removeIf(e -> {
            boolean match = e.getKey().policy().equals(policy);
            if (match) {
                wipe(e.getValue());
            }
            return match;
        });
    }

    private static void wipe(char[] value) {
        if (value != null) {
            Arrays.fill(value, '\0');
        }
    }

    /** Never shows a secret: only how many are stored. */
    @Override
    public synchronized String toString() {
        return "InMemorySecretStore[" + secrets.size() + " secrets]";
    }
}
