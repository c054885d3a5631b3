package org.agentproxy.policy;

/**
 * A host and port, e.g. a reference server or the OfficeScan server.
 *
 * @param host DNS name, IDN, IPv4 or IPv6 literal
 * @param port 1-65535
 */
public record HostPort(String host, int port) {

    public HostPort {
        host = Values.text(host);
    }
}
