package org.agentproxy.simulation.tests;

import static org.agentproxy.simulation.tests.Fixtures.policy;
import static org.agentproxy.simulation.tests.Fixtures.run;
import static org.agentproxy.simulation.tests.Fixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.agentproxy.policy.Credentials;
import org.agentproxy.policy.ExternalAgentsScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.policy.ServerUpdateProxy;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Rule;
import org.agentproxy.simulation.scenario.EndpointFacts;
import org.agentproxy.simulation.scenario.EndpointFamily;
import org.junit.jupiter.api.Test;

/** R6 the server's own updates (DESIGN.md §2). */
class ServerUpdateRuleTest {

    private static Policy withServerUpdateProxy(ProxyProtocol protocol) {
        return policy().withExternalAgents(new ExternalAgentsScope(Credentials.NONE,
                new ServerUpdateProxy(true, protocol, "dmz-proxy.example", 3128, null, null)));
    }

    // "R6 server's own updates: server update proxy → ActiveUpdate"
    @Test
    void theServerDownloadsFromActiveUpdateThroughItsUpdateProxy() {
        var r = run(withServerUpdateProxy(ProxyProtocol.HTTP), Fixtures.internalAgent());

        assertEquals(List.of("active-update server-update ok R6"), steps(r, Purposes.SERVER_UPDATE));
        assertEquals("dmz-proxy.example:3128", r.purpose(Purposes.SERVER_UPDATE).attempts().get(0).proxy());
    }

    // "server update proxy → ActiveUpdate": with the proxy disabled, the server connects directly
    @Test
    void withoutUpdateProxyTheServerGoesDirectly() {
        assertEquals(List.of("active-update direct ok R6"),
                steps(run(policy(), Fixtures.internalAgent()), Purposes.SERVER_UPDATE));
    }

    // The server's path does not depend on the agent: an external agent sees the same
    @Test
    void theServersPathDoesNotDependOnTheAgent() {
        Policy p = withServerUpdateProxy(ProxyProtocol.HTTP);

        assertEquals(steps(run(p, Fixtures.internalAgent()), Purposes.SERVER_UPDATE),
                steps(run(p, Fixtures.externalAgent()), Purposes.SERVER_UPDATE));
    }

    // R7 on the server's path: a SOCKS4 proxy carries IPv4 only, so an IPv6-only ActiveUpdate is out of reach
    @Test
    void aSocks4ProxyCannotReachAnIpv6OnlyActiveUpdate() {
        var s = Fixtures.internalAgent();
        s = s.withWorld(s.world().withActiveUpdate(EndpointFacts.of(true, EndpointFamily.IPV6_ONLY)));

        PurposeReport p = run(withServerUpdateProxy(ProxyProtocol.SOCKS4), s).purpose(Purposes.SERVER_UPDATE);

        assertEquals(Cause.ADDRESS_FAMILY, p.cause());
        assertEquals(Rule.R7, p.attempts().get(0).rule());
        assertEquals(List.of("active-update direct ok R6"),
                steps(run(policy(), s), Purposes.SERVER_UPDATE), "a dual-stack server reaches it directly");
    }
}
