package org.agentproxy.policy;

/**
 * Settings for external agents. External agents reach the Smart Protection Network through the endpoint's
 * system (Internet Explorer / WinINet) proxy; the console only supplies credentials for it. The same scope
 * holds the OfficeScan server's own update proxy (server to ActiveUpdate).
 *
 * @param systemProxyCredentials credentials for an authenticating system proxy
 * @param serverUpdateProxy      the server's own proxy to ActiveUpdate
 */
public record ExternalAgentsScope(Credentials systemProxyCredentials, ServerUpdateProxy serverUpdateProxy) {

    public static final ExternalAgentsScope DEFAULT = new ExternalAgentsScope(Credentials.NONE, ServerUpdateProxy.NONE);

    public ExternalAgentsScope {
        systemProxyCredentials = Values.orElse(systemProxyCredentials, Credentials.NONE);
        serverUpdateProxy = Values.orElse(serverUpdateProxy, ServerUpdateProxy.NONE);
    }

    public ExternalAgentsScope withSystemProxyCredentials(Credentials value) {
        return new ExternalAgentsScope(value, serverUpdateProxy);
    }

    public ExternalAgentsScope withServerUpdateProxy(ServerUpdateProxy value) {
        return new ExternalAgentsScope(systemProxyCredentials, value);
    }
}
