package org.agentproxy.policy.tests;

import static org.agentproxy.policy.tests.ProblemAssertions.assertMentions;
import static org.agentproxy.policy.tests.ProblemAssertions.assertNoProblems;
import static org.agentproxy.policy.tests.ProblemAssertions.assertOnlyErrorAt;

import org.agentproxy.policy.ExternalAgentsScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.ServerUpdateProxy;
import org.agentproxy.policy.validation.Problem;
import org.junit.jupiter.api.Test;

/**
 * The server's own update proxy. DESIGN §2: "server update proxy: enabled, protocol (HTTP, SOCKS4), host, port, user,
 * password". SOCKS4 carries a user id but has no password authentication.
 */
class ServerUpdateProxyValidationTest {

    private static final SecretRef PASSWORD = SecretRef.forField("externalAgents.serverUpdateProxy.password");

    private static Policy with(ProxyProtocol protocol, String user, SecretRef password) {
        return TestPolicies.withExternalAgents(new ExternalAgentsScope(null,
                new ServerUpdateProxy(true, protocol, "socks.corp.example", 1080, user, password)));
    }

    @Test
    void socks4WithAPasswordIsAnError() {
        Problem problem = assertOnlyErrorAt(with(ProxyProtocol.SOCKS4, "osce", PASSWORD),
                "externalAgents.serverUpdateProxy.password");

        assertMentions(problem, "SOCKS4 has no password");
    }

    @Test
    void socks4WithoutCredentialsIsValid() {
        assertNoProblems(with(ProxyProtocol.SOCKS4, null, null));
    }

    @Test
    void httpWithUserAndPasswordIsValid() {
        assertNoProblems(with(ProxyProtocol.HTTP, "osce", PASSWORD));
    }

    @Test
    void aDisabledSocks4ProxyWithAPasswordIsStillAnError() {
        Policy policy = TestPolicies.withExternalAgents(new ExternalAgentsScope(null,
                new ServerUpdateProxy(false, ProxyProtocol.SOCKS4, "socks.corp.example", 1080, "osce", PASSWORD)));

        assertOnlyErrorAt(policy, "externalAgents.serverUpdateProxy.password");
    }

    @Test
    void socks4WithAUserIdAndNoPasswordIsValid() {
        assertNoProblems(with(ProxyProtocol.SOCKS4, "osce", null));
    }
}
