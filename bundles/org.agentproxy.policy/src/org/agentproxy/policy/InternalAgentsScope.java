package org.agentproxy.policy;

/**
 * Proxy settings for internal agents.
 *
 * @param server          proxy for agent to OfficeScan server traffic (component updates, configuration, logs;
 *                        the server's integrated Smart Protection Server gets scan queries through it)
 * @param smartProtection proxy for agent to Smart Protection Server traffic (every standalone SPS and the
 *                        integrated SPS of other OfficeScan servers: file and web reputation queries)
 */
public record InternalAgentsScope(ProxyEndpoint server, ProxyEndpoint smartProtection) {

    public static final InternalAgentsScope DEFAULT = new InternalAgentsScope(ProxyEndpoint.NONE, ProxyEndpoint.NONE);

    public InternalAgentsScope {
        server = Values.orElse(server, ProxyEndpoint.NONE);
        smartProtection = Values.orElse(smartProtection, ProxyEndpoint.NONE);
    }

    public InternalAgentsScope withServer(ProxyEndpoint value) {
        return new InternalAgentsScope(value, smartProtection);
    }

    public InternalAgentsScope withSmartProtection(ProxyEndpoint value) {
        return new InternalAgentsScope(server, value);
    }
}
