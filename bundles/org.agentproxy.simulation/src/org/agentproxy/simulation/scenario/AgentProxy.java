package org.agentproxy.simulation.scenario;

import java.util.Objects;

/**
 * A proxy the agent knows of itself (its system proxy, the one its automatic settings give, or a user-configured
 * one).
 *
 * @param host  DNS name or IP literal; {@code null} only for an automatic proxy whose address is not given
 * @param port  1-65535, or 0 when the host is not given
 * @param facts reachability and family of the proxy, or {@code null} to look it up in the world by host
 */
public record AgentProxy(String host, int port, EndpointFacts facts) {

    public AgentProxy {
        host = host == null || host.isBlank() ? null : host.strip();
    }

    public static AgentProxy of(String host, int port) {
        return new AgentProxy(Objects.requireNonNull(host, "host"), port, null);
    }

    /** {@code host:port}, IPv6 literals in brackets; {@code automatic} when the host is not given. */
    public String authority() {
        if (host == null) {
            return "automatic";
        }
        String h = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return h + ":" + port;
    }
}
