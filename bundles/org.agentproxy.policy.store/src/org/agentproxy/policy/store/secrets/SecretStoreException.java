package org.agentproxy.policy.store.secrets;

import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.store.PolicyId;

/**
 * A secret could not be read or written: secure storage could not be opened or decrypted, no password for it
 * was given, or it could not be saved. The message names the policy and the key, never the secret.
 */
public class SecretStoreException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param policy the policy, or {@code null} when the failure concerns the store as a whole
     * @param ref    the secret's key, or {@code null} when the failure concerns more than one secret
     * @param reason what went wrong, for a person (never the secret itself)
     * @param cause  the underlying failure, or {@code null}
     */
    public SecretStoreException(PolicyId policy, SecretRef ref, String reason, Throwable cause) {
        super(describe(policy, ref, reason), cause);
    }

    private static String describe(PolicyId policy, SecretRef ref, String reason) {
        StringBuilder s = new StringBuilder("secret");
        if (ref != null) {
            s.append(' ').append(ref.key());
        }
        if (policy != null) {
            s.append(" of policy ").append(policy.value());
        }
        return s.append(": ").append(reason).toString();
    }
}
