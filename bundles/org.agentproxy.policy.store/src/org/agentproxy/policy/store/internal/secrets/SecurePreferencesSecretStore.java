package org.agentproxy.policy.store.internal.secrets;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.policy.store.secrets.SecretStore;
import org.agentproxy.policy.store.secrets.SecretStoreException;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.component.annotations.Component;

/**
 * {@link SecretStore} over Eclipse secure storage: one node per policy under {@value #ROOT}, one encrypted
 * entry per secret key, saved at once. Secure storage is opened on the first call, never when the component is
 * created, so starting the studio never asks for the secure-storage password.
 */
@Component(service = SecretStore.class, immediate = false)
public final class SecurePreferencesSecretStore implements SecretStore {

    /** The node below which each policy has its own node. */
    public static final String ROOT = "org.agentproxy/policies";

    /** Opens secure storage; called once, on first use. */
    @FunctionalInterface
    public interface Opener {
        /** @return the root of secure storage, or {@code null} when it is not available */
        ISecurePreferences open() throws IOException;
    }

    private final Opener opener;
    private ISecurePreferences root;

    /** The studio's default secure storage ({@link SecurePreferencesFactory#getDefault()}). */
    public SecurePreferencesSecretStore() {
        this(SecurePreferencesFactory::getDefault);
    }

    /** Secure storage from an opener, e.g. {@link SecurePreferencesFactory#open} on a file in tests. */
    public SecurePreferencesSecretStore(Opener opener) {
        this.opener = opener;
    }

    @Override
    public synchronized Optional<char[]> get(PolicyId policy, SecretRef ref) throws SecretStoreException {
        ISecurePreferences node = existingNode(policy);
        if (node == null) {
            return Optional.empty();
        }
        try {
            String value = node.get(ref.key(), null);
            return value == null ? Optional.empty() : Optional.of(value.toCharArray());
        } catch (StorageException e) {
            throw StorageErrors.translate(policy, ref, e);
        }
    }

    @Override
    public synchronized void put(PolicyId policy, SecretRef ref, char[] secret) throws SecretStoreException {
        ISecurePreferences node = root().node(path(policy));
        try {
            // secure storage holds strings: this copy cannot be wiped, the caller's array can
            node.put(ref.key(), new String(secret), true);
        } catch (StorageException e) {
            throw StorageErrors.translate(policy, ref, e);
        }
        flush(policy, ref);
    }

    @Override
    public synchronized boolean remove(PolicyId policy, SecretRef ref) throws SecretStoreException {
        ISecurePreferences node = existingNode(policy);
        if (node == null || !Arrays.asList(node.keys()).contains(ref.key())) {
            return false;
        }
        node.remove(ref.key());
        flush(policy, ref);
        return true;
    }

    @Override
    public synchronized Set<SecretRef> refs(PolicyId policy) throws SecretStoreException {
        ISecurePreferences node = existingNode(policy);
        Set<SecretRef> refs = new LinkedHashSet<>();
        if (node != null) {
            for (String key : node.keys()) {
                try {
                    refs.add(new SecretRef(key));
                } catch (IllegalArgumentException e) {
                    // an entry some other tool put there: not one of ours
                }
            }
        }
        return Set.copyOf(refs);
    }

    @Override
    public synchronized void removeAll(PolicyId policy) throws SecretStoreException {
        ISecurePreferences node = existingNode(policy);
        if (node != null) {
            node.removeNode();
            flush(policy, null);
        }
    }

    private ISecurePreferences existingNode(PolicyId policy) throws SecretStoreException {
        ISecurePreferences r = root();
        String path = path(policy);
        return r.nodeExists(path) ? r.node(path) : null;
    }

    private ISecurePreferences root() throws SecretStoreException {
        if (root == null) {
            try {
                root = opener.open();
            } catch (IOException | RuntimeException e) {
                throw new SecretStoreException(null, null, "Eclipse secure storage cannot be opened: "
                        + e.getMessage(), e);
            }
            if (root == null) {
                throw new SecretStoreException(null, null, "Eclipse secure storage is not available", null);
            }
        }
        return root;
    }

    private void flush(PolicyId policy, SecretRef ref) throws SecretStoreException {
        try {
            root.flush();
        } catch (IOException e) {
            throw new SecretStoreException(policy, ref, "secure storage could not be saved: " + e.getMessage(), e);
        }
    }

    private static String path(PolicyId policy) {
        return ROOT + "/" + policy.value();
    }

    @Override
    public String toString() {
        return "SecurePreferencesSecretStore[" + (root == null ? "not opened" : root.absolutePath()) + "]";
    }
}
