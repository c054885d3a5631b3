package org.agentproxy.policy.store.internal.secrets;

import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.policy.store.secrets.SecretStoreException;
import org.eclipse.equinox.security.storage.StorageException;

/** Secure storage's error codes as reasons an administrator can act on. */
final class StorageErrors {

    private StorageErrors() {
    }

    static SecretStoreException translate(PolicyId policy, SecretRef ref, StorageException e) {
        String reason = switch (e.getErrorCode()) {
            case StorageException.NO_PASSWORD -> "secure storage is locked: no password was given to open it";
            case StorageException.DECRYPTION_ERROR -> "cannot be decrypted: secure storage was created with"
                    + " another password, or on another computer or account";
            case StorageException.ENCRYPTION_ERROR -> "cannot be encrypted: " + e.getMessage();
            case StorageException.NO_SECURE_MODULE -> "no secure storage module (password provider) is installed";
            default -> "secure storage failed: " + e.getMessage();
        };
        return new SecretStoreException(policy, ref, reason, e);
    }
}
