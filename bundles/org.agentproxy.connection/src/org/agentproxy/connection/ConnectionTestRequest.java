package org.agentproxy.connection;

import java.util.Objects;

import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.ProxyProtocol;

/**
 * What to test: through which proxy, as whom, to which target. Holds a copy of the password while it lives:
 * {@link #close()} wipes it (use try-with-resources).
 *
 * @param proxy       the proxy
 * @param credentials user and password, or {@code null} to send none
 * @param target      the host and port the tunnel should reach
 * @param timeouts    per-phase limits
 */
public record ConnectionTestRequest(ProxyAddress proxy, ProxyCredentials credentials, HostPort target,
        Timeouts timeouts) implements AutoCloseable {

    public ConnectionTestRequest {
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(target, "target");
        timeouts = timeouts == null ? Timeouts.DEFAULT : timeouts;
        if (target.host() == null) {
            throw new IllegalArgumentException("target host: is empty");
        }
        if (target.port() < 1 || target.port() > 65535) {
            throw new IllegalArgumentException("target port: " + target.port() + " is not in 1-65535");
        }
        if (proxy.protocol() == ProxyProtocol.SOCKS4 && Hosts.unbracket(target.host()).indexOf(':') >= 0) {
            throw new IllegalArgumentException("target host: SOCKS4 cannot reach the IPv6 address " + target.host());
        }
        if (proxy.protocol() == ProxyProtocol.HTTP && credentials != null && credentials.user().indexOf(':') >= 0) {
            throw new IllegalArgumentException("proxy user: Basic authentication does not allow ':' in a user name");
        }
    }

    /** The target as {@code host:port}, IPv6 literals in brackets. */
    public String targetAuthority() {
        return Hosts.authority(Hosts.unbracket(target.host()), target.port());
    }

    /** Wipes the password, if any. */
    @Override
    public void close() {
        if (credentials != null) {
            credentials.close();
        }
    }
}
