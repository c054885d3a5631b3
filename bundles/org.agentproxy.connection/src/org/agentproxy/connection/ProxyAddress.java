package org.agentproxy.connection;

import java.util.Objects;

import org.agentproxy.policy.ProxyProtocol;

/**
 * Where a proxy listens and how to talk to it.
 *
 * @param protocol HTTP (CONNECT) or SOCKS4 (SOCKS4a for a target given by name)
 * @param host     DNS name, IPv4 or IPv6 literal (with or without brackets)
 * @param port     1-65535
 */
public record ProxyAddress(ProxyProtocol protocol, String host, int port) {

    public ProxyAddress {
        Objects.requireNonNull(protocol, "protocol");
        host = Hosts.unbracket(host);
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("proxy host: is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("proxy port: " + port + " is not in 1-65535");
        }
    }

    /** {@code host:port}, IPv6 literals in brackets. */
    public String authority() {
        return Hosts.authority(host, port);
    }

    @Override
    public String toString() {
        return authority() + " (" + protocol + ")";
    }
}
