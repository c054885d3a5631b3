package org.agentproxy.connection;

import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.policy.SecretRef;

/**
 * A section of a policy resolved for a connection test: its proxy, its user, the reference of its password and
 * the target it leads to.
 *
 * @param section      the section
 * @param enabled      whether the policy enables this proxy (a disabled proxy can still be tested)
 * @param proxy        the proxy's address and protocol
 * @param user         the user name, or {@code null}
 * @param password     where the password is kept ({@code SecretStore}), or {@code null}
 * @param target       the host and port to reach through the proxy
 * @param targetSource where the target comes from: a field path ({@code server}), {@code ActiveUpdate}, or
 *                     {@code --target} when given explicitly
 */
public record SectionEndpoint(ProxySection section, boolean enabled, ProxyAddress proxy, String user,
        SecretRef password, HostPort target, String targetSource) {

    /**
     * The test of this section.
     *
     * @param password the password (copied), or {@code null} to send no credentials; ignored without a user
     * @param timeouts the limits, or {@code null} for {@link Timeouts#DEFAULT}
     */
    public ConnectionTestRequest request(char[] password, Timeouts timeouts) {
        ProxyCredentials credentials = null;
        if (user != null && (password != null || proxy.protocol() == ProxyProtocol.SOCKS4)) {
            credentials = new ProxyCredentials(user, password);
        }
        return new ConnectionTestRequest(proxy, credentials, target, timeouts);
    }
}
