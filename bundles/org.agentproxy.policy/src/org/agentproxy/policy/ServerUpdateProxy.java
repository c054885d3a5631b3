package org.agentproxy.policy;

/**
 * The OfficeScan server's own proxy for downloading updates from ActiveUpdate.
 *
 * @param enabled  whether the server uses it
 * @param protocol HTTP or SOCKS4
 * @param host     proxy host, or {@code null}
 * @param port     1-65535, or 0 when not set
 * @param user     user name, or {@code null}
 * @param password reference to the stored password, or {@code null} (SOCKS4 has none)
 */
public record ServerUpdateProxy(boolean enabled, ProxyProtocol protocol, String host, int port, String user,
        SecretRef password) {

    public static final ServerUpdateProxy NONE = new ServerUpdateProxy(false, ProxyProtocol.HTTP, null, 0, null, null);

    public ServerUpdateProxy {
        protocol = Values.orElse(protocol, ProxyProtocol.HTTP);
        host = Values.text(host);
        user = Values.text(user);
    }

    /** The same proxy as an endpoint, so endpoint checks apply to it too. */
    public ProxyEndpoint asEndpoint() {
        return new ProxyEndpoint(enabled, host, port, user, password);
    }

    public ServerUpdateProxy withProtocol(ProxyProtocol value) {
        return new ServerUpdateProxy(enabled, value, host, port, user, password);
    }

    /** This proxy with the endpoint fields (enabled, host, port, user, password) of another. */
    public ServerUpdateProxy withEndpoint(ProxyEndpoint e) {
        return new ServerUpdateProxy(e.enabled(), protocol, e.host(), e.port(), e.user(), e.password());
    }
}
