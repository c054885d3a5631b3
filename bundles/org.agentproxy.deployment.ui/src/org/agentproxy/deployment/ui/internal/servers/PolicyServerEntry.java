package org.agentproxy.deployment.ui.internal.servers;

import java.net.URI;

/**
 * A configured policy server. Its admin token is in the secret store under {@link #id()}, never here.
 *
 * @param id   a stable key (preferences node, secret reference)
 * @param name what the user calls it
 * @param url  the server's base URL, e.g. {@code http://127.0.0.1:8470/}
 */
public record PolicyServerEntry(String id, String name, URI url) {

    /** A base URL as typed: trimmed, with a final slash. */
    public static URI normalize(String url) {
        String u = url.strip();
        URI uri = URI.create(u.endsWith("/") ? u : u + "/"); //$NON-NLS-1$ //$NON-NLS-2$
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("\"" + url + "\" is not a server URL (http://host:port/)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return uri;
    }

    public PolicyServerEntry withName(String value) {
        return new PolicyServerEntry(id, value, url);
    }

    public PolicyServerEntry withUrl(URI value) {
        return new PolicyServerEntry(id, name, value);
    }
}
