package org.agentproxy.connection.tests;

import java.time.Duration;

import org.agentproxy.connection.ConnectionTestRequest;
import org.agentproxy.connection.ProxyAddress;
import org.agentproxy.connection.ProxyCredentials;
import org.agentproxy.connection.Timeouts;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.ProxyProtocol;

/** Requests against loopback proxies and targets. */
final class Requests {

    /** Generous limits: the tests never depend on how fast anything is. */
    static final Timeouts GENEROUS = new Timeouts(Duration.ofSeconds(30), Duration.ofSeconds(30));

    private Requests() {
    }

    static ConnectionTestRequest http(int proxyPort, String targetHost, int targetPort) {
        return http(proxyPort, targetHost, targetPort, null, null);
    }

    static ConnectionTestRequest http(int proxyPort, String targetHost, int targetPort, String user,
            String password) {
        ProxyCredentials credentials = user == null ? null : new ProxyCredentials(user, password.toCharArray());
        return new ConnectionTestRequest(new ProxyAddress(ProxyProtocol.HTTP, "127.0.0.1", proxyPort), credentials,
                new HostPort(targetHost, targetPort), GENEROUS);
    }
}
