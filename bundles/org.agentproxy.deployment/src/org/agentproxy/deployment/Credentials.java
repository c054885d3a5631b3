package org.agentproxy.deployment;

import java.net.URI;

/** Supplies the token for a server (the UI from secure storage, the CLI from a token file). */
@FunctionalInterface
public interface Credentials {

    /** No tokens at all (a folder export needs none). */
    Credentials NONE = server -> null;

    /** The token for a server, or {@code null} when there is none. */
    AccessToken tokenFor(URI server);

    /** The same token for every server. */
    static Credentials of(AccessToken token) {
        return server -> token;
    }
}
