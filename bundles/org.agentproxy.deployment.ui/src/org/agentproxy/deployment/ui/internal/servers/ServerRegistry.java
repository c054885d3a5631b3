package org.agentproxy.deployment.ui.internal.servers;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.Credentials;
import org.agentproxy.deployment.ServerTrust;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.policy.store.secrets.SecretStore;
import org.agentproxy.policy.store.secrets.SecretStoreException;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The configured policy servers: name, URL and the SHA-256 fingerprint of the TLS certificate the user trusted (not
 * a secret) in the instance preferences (node {@code org.agentproxy.deployment.ui/servers/ID}), the admin tokens in
 * the secret store (Eclipse secure storage), never in a preference or a plain file. The trusted fingerprints are
 * pinned in the process's {@link ServerTrust}. Thread-safe.
 */
public final class ServerRegistry {

    /** The secret store's "policy" the server tokens are kept under. */
    static final PolicyId TOKENS = new PolicyId("deployment-servers"); //$NON-NLS-1$
    private static final String FINGERPRINT = "fingerprint"; //$NON-NLS-1$

    private final Supplier<SecretStore> secrets;

    public ServerRegistry(Supplier<SecretStore> secrets) {
        this.secrets = secrets;
    }

    /** The servers, in the order they were added. */
    public synchronized List<PolicyServerEntry> servers() {
        List<PolicyServerEntry> list = new ArrayList<>();
        try {
            Preferences node = node();
            String[] ids = node.childrenNames();
            Arrays.sort(ids);
            for (String id : ids) {
                Preferences s = node.node(id);
                try {
                    list.add(new PolicyServerEntry(id, s.get("name", id), PolicyServerEntry.normalize(s.get("url", "")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                } catch (IllegalArgumentException e) {
                    // a hand-edited entry without a usable URL: not offered
                }
            }
        } catch (BackingStoreException e) {
            throw new IllegalStateException("the server list cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return list;
    }

    /** Replaces the list (removing the tokens of servers no longer in it). */
    public synchronized void save(List<PolicyServerEntry> servers) throws BackingStoreException, SecretStoreException {
        Preferences node = node();
        List<String> keep = servers.stream().map(PolicyServerEntry::id).toList();
        for (String id : node.childrenNames()) {
            if (!keep.contains(id)) {
                forget(node.node(id).get("url", "")); //$NON-NLS-1$ //$NON-NLS-2$
                node.node(id).removeNode();
                secrets.get().remove(TOKENS, new SecretRef(id));
            }
        }
        for (PolicyServerEntry s : servers) {
            Preferences p = node.node(s.id());
            String before = p.get("url", null); //$NON-NLS-1$
            if (before != null && !before.equals(s.url().toString())) {
                p.remove(FINGERPRINT); // a trusted certificate belongs to the address it was seen at
                forget(before);
            }
            p.put("name", s.name()); //$NON-NLS-1$
            p.put("url", s.url().toString()); //$NON-NLS-1$
        }
        node.flush();
        applyPins();
    }

    /** Unpins a removed server's (or a server's former) address. */
    private static void forget(String url) {
        try {
            ServerTrust.shared().unpin(URI.create(url));
        } catch (IllegalArgumentException e) {
            // a hand-edited URL that is none: nothing was pinned for it
        }
    }

    /** The SHA-256 fingerprint of the certificate the user trusted for this server, or {@code null}. */
    public synchronized String fingerprint(String serverId) {
        try {
            return node().nodeExists(serverId) ? node().node(serverId).get(FINGERPRINT, null) : null;
        } catch (BackingStoreException e) {
            return null;
        }
    }

    /** Trusts the certificate with this fingerprint for a saved server (and pins it at once). */
    public synchronized void trust(String serverId, String fingerprint) throws BackingStoreException {
        Preferences p = node().node(serverId);
        p.put(FINGERPRINT, ServerTrust.normalize(fingerprint));
        node().flush();
        applyPins();
    }

    /**
     * Pins the trusted fingerprint of every saved server in {@link ServerTrust#shared()} (and unpins the servers that
     * have none), so that deployments, the Policy Servers view and Test all check it.
     */
    public synchronized void applyPins() {
        for (PolicyServerEntry s : servers()) {
            String pin = fingerprint(s.id());
            try {
                if (pin == null) {
                    ServerTrust.shared().unpin(s.url());
                } else {
                    ServerTrust.shared().pin(s.url(), pin);
                }
            } catch (IllegalArgumentException e) {
                ServerTrust.shared().unpin(s.url()); // a hand-edited fingerprint that is none: nothing trusted
            }
        }
    }

    /** A new id, after every existing one (ids sort in the order servers were added). */
    public static String newId() {
        return String.format("s%013d", System.currentTimeMillis()); //$NON-NLS-1$
    }

    public void putToken(String serverId, char[] token) throws SecretStoreException {
        secrets.get().put(TOKENS, new SecretRef(serverId), token);
    }

    public boolean hasToken(String serverId) {
        try {
            return token(serverId).isPresent();
        } catch (SecretStoreException | RuntimeException e) {
            return false;
        }
    }

    /** The server's admin token, or empty. */
    public Optional<AccessToken> token(String serverId) throws SecretStoreException {
        Optional<char[]> value = secrets.get().get(TOKENS, new SecretRef(serverId));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        char[] chars = value.get();
        try {
            return Optional.of(new AccessToken(new String(chars)));
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** Tokens for deployments: the admin token of the configured server with that URL. */
    public Credentials credentials() {
        List<PolicyServerEntry> servers = servers();
        return (URI server) -> servers.stream().filter(s -> s.url().equals(server)).findFirst().flatMap(s -> {
            try {
                return token(s.id());
            } catch (SecretStoreException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    private static IEclipsePreferences root() {
        return InstanceScope.INSTANCE.getNode("org.agentproxy.deployment.ui"); //$NON-NLS-1$
    }

    private static Preferences node() {
        return root().node("servers"); //$NON-NLS-1$
    }
}
