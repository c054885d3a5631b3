package org.agentproxy.policy;

/**
 * An HTTP proxy the agents use for one purpose: host, port and optional Basic credentials.
 *
 * @param enabled  whether agents use this proxy; when false the other fields are kept but ignored
 * @param host     DNS name, IDN, IPv4 or IPv6 literal; {@code null} when not set
 * @param port     1-65535, or 0 when not set
 * @param user     user name for proxy authentication, or {@code null}
 * @param password reference to the stored password, or {@code null}
 */
public record ProxyEndpoint(boolean enabled, String host, int port, String user, SecretRef password) {

    /** A disabled proxy with no fields set. */
    public static final ProxyEndpoint NONE = new ProxyEndpoint(false, null, 0, null, null);

    public ProxyEndpoint {
        host = Values.text(host);
        user = Values.text(user);
    }

    public ProxyEndpoint withEnabled(boolean value) {
        return new ProxyEndpoint(value, host, port, user, password);
    }

    public ProxyEndpoint withHost(String value) {
        return new ProxyEndpoint(enabled, value, port, user, password);
    }

    public ProxyEndpoint withPort(int value) {
        return new ProxyEndpoint(enabled, host, value, user, password);
    }

    public ProxyEndpoint withUser(String value) {
        return new ProxyEndpoint(enabled, host, port, value, password);
    }

    public ProxyEndpoint withPassword(SecretRef value) {
        return new ProxyEndpoint(enabled, host, port, user, value);
    }

    /** {@code host:port} with IPv6 literals in brackets, for display. */
    public String authority() {
        if (host == null) {
            return "";
        }
        String h = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return port > 0 ? h + ":" + port : h;
    }
}
