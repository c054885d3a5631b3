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
    static String portRange() {
        return Messages.bind(Messages.EndpointRules_portRange, MAX_PORT);
    }

    private EndpointRules() {
    }

    static void proxy(Problems p, ProxyEndpoint proxy) {
        if (proxy.enabled() && proxy.host() == null) {
            p.error("host", Messages.EndpointRules_hostRequiredEnabled);
        }
        if (proxy.enabled() && proxy.port() == 0) {
            p.error("port", Messages.bind(Messages.EndpointRules_portRangeEnabled, MAX_PORT));
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
            p.error("password", Messages.EndpointRules_socks4Password);
        }
    }

    static void credentials(Problems p, Credentials credentials) {
        credentials(p, credentials.user(), credentials.password() != null);
    }

    static void hostPort(Problems p, HostPort hostPort) {
        if (hostPort.host() == null) {
            p.error("host", Messages.Rules_required);
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
            p.error(field, portRange());
        } else if (port < 0 || port > MAX_PORT) {
            p.error(field, Messages.bind(Messages.EndpointRules_portRangeNot, MAX_PORT, port));
        }
    }

    private static void credentials(Problems p, String user, boolean hasPassword) {
        if (user != null && !hasPassword) {
            p.error("password", Messages.bind(Messages.EndpointRules_passwordRequired, user));
        }
        if (user == null && hasPassword) {
            p.error("user", Messages.EndpointRules_userRequired);
        }
    }
}
