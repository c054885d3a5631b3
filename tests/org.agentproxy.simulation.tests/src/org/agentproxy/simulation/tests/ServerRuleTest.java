package org.agentproxy.simulation.tests;

import static org.agentproxy.simulation.tests.Fixtures.PROXY_AT;
import static org.agentproxy.simulation.tests.Fixtures.SERVER_AT;
import static org.agentproxy.simulation.tests.Fixtures.policy;
import static org.agentproxy.simulation.tests.Fixtures.proxy;
import static org.agentproxy.simulation.tests.Fixtures.run;
import static org.agentproxy.simulation.tests.Fixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.scenario.AgentProxy;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.SimulationParameters;
import org.junit.jupiter.api.Test;

/** R1 agent → server (DESIGN.md §2). */
class ServerRuleTest {

    private static final Policy WITH_PROXY = policy()
            .withInternalAgents(new InternalAgentsScope(proxy("proxy.example", 8080), null));

    // "R1 agent → server (configuration, logs): internal proxy (server section) if enabled"
    @Test
    void configurationAndLogsGoThroughTheInternalServerProxyWhenEnabled() {
        var r = run(WITH_PROXY, Fixtures.internalAgent());

        for (String purpose : List.of(Purposes.CONFIGURATION, Purposes.LOGS)) {
            assertEquals(List.of(SERVER_AT + " internal-server ok R1"), steps(r, purpose));
            Attempt a = r.purpose(purpose).attempts().get(0);
            assertEquals(PROXY_AT, a.proxy());
            assertTrue(a.explanation().contains("through the internal proxy (server section)"), a.explanation());
        }
    }

    // "… else direct"
    @Test
    void configurationGoesDirectlyWhenTheProxyIsDisabled() {
        Policy disabled = policy().withInternalAgents(
                new InternalAgentsScope(proxy("proxy.example", 8080).withEnabled(false), null));

        var r = run(disabled, Fixtures.internalAgent());

        assertEquals(List.of(SERVER_AT + " direct ok R1"), steps(r, Purposes.CONFIGURATION));
        assertTrue(r.purpose(Purposes.CONFIGURATION).attempts().get(0).explanation().contains("being disabled"));
    }

    // The internal proxy fails with the proxy, not the server, as the cause
    @Test
    void anUnreachableInternalProxyFailsThePurpose() {
        PurposeReport p = run(WITH_PROXY, Fixtures.down(Fixtures.internalAgent(), "proxy.example"))
                .purpose(Purposes.LOGS);

        assertEquals(Outcome.FAILED, p.outcome());
        assertEquals(Cause.PROXY_UNREACHABLE, p.cause());
        assertEquals("the proxy " + PROXY_AT + " is unreachable", p.reason());
    }

    // Left open: how an external agent reaches the server — parameter externalAgentsToServer (default direct)
    @Test
    void anExternalAgentDoesNotUseTheInternalProxy() {
        Scenario external = Fixtures.externalAgent();

        var r = run(WITH_PROXY, external);

        assertEquals(List.of(SERVER_AT + " direct failed R1"), steps(r, Purposes.CONFIGURATION));
    }

    // Left open (as above): externalAgentsToServer = system
    @Test
    void anExternalAgentUsesItsSystemProxyWhenTheParameterSaysSo() {
        Scenario external = Fixtures.externalAgent()
                .withParameters(SimulationParameters.DEFAULTS.withExternalAgentsToServer(Route.SYSTEM));
        external = external.withAgent(external.agent().withSystemProxy(AgentProxy.of("sys.example", 3128)));

        Attempt a = run(WITH_PROXY, external).purpose(Purposes.CONFIGURATION).attempts().get(0);

        assertEquals(Route.SYSTEM, a.via());
        assertEquals("sys.example:3128", a.proxy());
    }

    // "R1 agent → server": without a server in the policy there is no target
    @Test
    void aPolicyWithoutServerHasNoTarget() {
        Policy noServer = Policy.create("No server", null);

        PurposeReport p = run(noServer, Fixtures.internalAgent()).purpose(Purposes.CONFIGURATION);

        assertEquals(Outcome.FAILED, p.outcome());
        assertEquals(Cause.NO_TARGET, p.cause());
        assertEquals(List.of(), p.attempts());
    }
}
