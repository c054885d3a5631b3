package org.agentproxy.deployment;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.policy.store.secrets.SecretStore;
import org.agentproxy.policy.store.secrets.SecretStoreException;

/**
 * Where a deployment takes the values of the secrets (proxy passwords) its policy refers to: the studio's
 * {@link SecretStore} (Eclipse secure storage), or the CLI's {@code --secrets-file}. The engine asks for each referenced
 * key once per rollout, sends the values to every target whose transport carries secrets, and wipes its copies
 * afterwards. Implementations never put a value into a log or an exception message.
 */
@FunctionalInterface
public interface SecretValues {

    /** No values at all: a policy that refers to a secret cannot go to a server that needs its value. */
    SecretValues NONE = ref -> Optional.empty();

    /** A copy of the value (the caller wipes it), or empty when none is stored under the key. */
    Optional<char[]> get(SecretRef ref) throws SecretStoreException;

    /** The values a secret store keeps for a policy. */
    static SecretValues fromStore(SecretStore store, PolicyId policy) {
        return ref -> store.get(policy, ref);
    }

    /** Fixed values (copied; the caller may wipe its arrays afterwards). */
    static SecretValues of(Map<SecretRef, char[]> values) {
        Map<SecretRef, char[]> copy = new HashMap<>();
        values.forEach((k, v) -> copy.put(k, v.clone()));
        return ref -> Optional.ofNullable(copy.get(ref)).map(char[]::clone);
    }
}
