package org.agentproxy.deployment;

import java.net.URI;
import java.util.Objects;

/**
 * Where a policy goes: an agent group on a server. The server's URI scheme selects the transport:
 * {@code http}/{@code https} for a policy server, {@code file} for a folder export.
 *
 * @param server the server's base URI, e.g. {@code http://127.0.0.1:8470/} or {@code file:///srv/share/}
 * @param group  the agent group's name
 */
public record DeploymentTarget(URI server, String group) {

    public DeploymentTarget {
        Objects.requireNonNull(server, "server");
        if (group == null || group.isBlank()) {
            throw new IllegalArgumentException("group: is required");
        }
        if (server.getScheme() == null) {
            throw new IllegalArgumentException("server: needs a scheme (http, https or file): " + server);
        }
    }

    /** {@code group@server}, for messages. */
    @Override
    public String toString() {
        return group + "@" + server;
    }
}
