package org.agentproxy.policy.validation;

import org.agentproxy.policy.Credentials;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.policy.ServerUpdateProxy;
import org.agentproxy.policy.net.HostNames;

/** Checks of hosts, ports and credentials. */
final class EndpointRules {

    static final int MAX_PORT = 65535;

    /** What a port must be; an unset port (0) is told the same, not "is required": 0 is no port either. */
    static final String PORT_RANGE = "must be 1\u2013" + MAX_PORT;

    private EndpointRules() {
    }

    static void proxy(Problems p, ProxyEndpoint proxy) {
        if (proxy.enabled() && proxy.host() == null) {
            p.error("host", "is required when the proxy is enabled");
        }
        if (proxy.enabled() && proxy.port() == 0) {
            p.error("port", PORT_RANGE + " (the proxy is enabled)");
        }
        optionalHost(p, proxy.host());
        port(p, "port", proxy.port(), false);
        credentials(p, proxy.user(), proxy.password() != null);
    }

    static void serverUpdateProxy(Problems p, ServerUpdateProxy proxy) {
        if (proxy.protocol() != ProxyProtocol.SOCKS4) {
            proxy(p, proxy.asEndpoint());
            return;
        }
        // SOCKS4 identifies with a user id alone: no password, so the user-needs-password rule does not apply
        proxy(p, proxy.asEndpoint().withUser(null).withPassword(null));
        if (proxy.password() != null) {
            p.error("password", "SOCKS4 has no password authentication; remove the password or use HTTP");
        }
    }

    static void credentials(Problems p, Credentials credentials) {
        credentials(p, credentials.user(), credentials.password() != null);
    }

    static void hostPort(Problems p, HostPort hostPort) {
        if (hostPort.host() == null) {
            p.error("host", "is required");
        }
        optionalHost(p, hostPort.host());
        port(p, "port", hostPort.port(), true);
    }

    static void optionalHost(Problems p, String host) {
        if (host != null) {
            HostNames.problem(host).ifPresent(reason -> p.error("host", reason));
        }
    }

    static void port(Problems p, String field, int port, boolean required) {
        if (port == 0 && required) {
            p.error(field, PORT_RANGE);
        } else if (port < 0 || port > MAX_PORT) {
            p.error(field, PORT_RANGE + ", not " + port);
        }
    }

    private static void credentials(Problems p, String user, boolean hasPassword) {
        if (user != null && !hasPassword) {
            p.error("password", "is required when a user is set (user \"" + user + "\" has no password)");
        }
        if (user == null && hasPassword) {
            p.error("user", "is required when a password is set");
        }
    }
}
