package org.agentproxy.policy.store.secrets;

import java.util.Optional;
import java.util.Set;

import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.store.PolicyId;

/**
 * Where the secrets a policy refers to ({@link SecretRef}) are kept, by policy and key. The studio's
 * implementation is an OSGi service over Eclipse secure storage, opened on first use (never at start-up); tests
 * use {@link InMemorySecretStore}.
 * <p>
 * Values are {@code char[]}: the store returns a copy the caller may wipe ({@code Arrays.fill(value, '\0')})
 * once used, and copies what it is given, so the caller may wipe its array after {@link #put}. Implementations
 * are thread-safe and never put a value into a log or an exception message.
 */
public interface SecretStore {

    /** The secret, or empty when none is stored under this policy and key. */
    Optional<char[]> get(PolicyId policy, SecretRef ref) throws SecretStoreException;

    /** Stores (or replaces) a secret, persistently and encrypted where the implementation can. */
    void put(PolicyId policy, SecretRef ref, char[] secret) throws SecretStoreException;

    /**
     * Removes a secret.
     *
     * @return whether there was one
     */
    boolean remove(PolicyId policy, SecretRef ref) throws SecretStoreException;

    /** The keys of the secrets stored for a policy. */
    Set<SecretRef> refs(PolicyId policy) throws SecretStoreException;

    /** Removes every secret of a policy (e.g. when the policy is deleted). */
    void removeAll(PolicyId policy) throws SecretStoreException;
}
