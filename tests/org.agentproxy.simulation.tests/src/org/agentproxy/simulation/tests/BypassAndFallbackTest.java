package org.agentproxy.simulation.tests;

import static org.agentproxy.simulation.tests.Fixtures.SERVER_AT;
import static org.agentproxy.simulation.tests.Fixtures.policy;
import static org.agentproxy.simulation.tests.Fixtures.proxy;
import static org.agentproxy.simulation.tests.Fixtures.run;
import static org.agentproxy.simulation.tests.Fixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.SimulationParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bypass lists and the optional direct fallback (DESIGN.md §2, "What no peer console offers": "bypass lists; an
 * optional direct fallback").
 */
class BypassAndFallbackTest {

    private static final Policy PROXIED = policy()
            .withInternalAgents(new InternalAgentsScope(proxy("proxy.example", 8080), null));

    // Policy format: "bypassList[] — reached without a proxy: a host, *.domain, an address, a CIDR range, or <local>"
    @ParameterizedTest
    @ValueSource(strings = { "osce.example", "OSCE.example", "*.example" })
    void aBypassedServerIsReachedDirectly(String entry) {
        Attempt a = run(Fixtures.withBypass(PROXIED, List.of("other.example", entry)), Fixtures.internalAgent())
                .purpose(Purposes.CONFIGURATION).attempts().get(0);

        assertEquals(SERVER_AT + " direct ok R1", Fixtures.step(a));
        assertTrue(a.explanation().contains("matches the bypass list entry \"" + entry + "\""), a.explanation());
    }

    // Policy format: "a host, *.domain, an address, a CIDR range, or <local>" — addresses and ranges
    @Test
    void addressesAndRangesMatchLiteralsOnly() {
        Policy literalServer = Policy.create("T", new HostPort("10.0.0.5", 4343))
                .withInternalAgents(PROXIED.internalAgents());

        assertEquals("10.0.0.5:4343 direct ok R1", steps(run(Fixtures.withBypass(literalServer,
                List.of("10.0.0.0/8")), Fixtures.internalAgent()), Purposes.CONFIGURATION).get(0));
        assertEquals("10.0.0.5:4343 direct ok R1", steps(run(Fixtures.withBypass(literalServer,
                List.of("10.0.0.5")), Fixtures.internalAgent()), Purposes.CONFIGURATION).get(0));
        assertEquals("10.0.0.5:4343 internal-server ok R1", steps(run(Fixtures.withBypass(literalServer,
                List.of("10.1.0.0/16", "<local>")), Fixtures.internalAgent()), Purposes.CONFIGURATION).get(0));
        assertEquals(SERVER_AT + " internal-server ok R1", steps(run(Fixtures.withBypass(PROXIED,
                List.of("0.0.0.0/0")), Fixtures.internalAgent()), Purposes.CONFIGURATION).get(0),
                "a name is never resolved, so no range matches it");
    }

    // Policy format: "… or <local>" — a name without a dot
    @Test
    void localMatchesNamesWithoutADot() {
        Policy local = Policy.create("T", new HostPort("osce", 4343)).withInternalAgents(PROXIED.internalAgents());

        assertEquals("osce:4343 direct ok R1", steps(run(Fixtures.withBypass(local, List.of("<local>")),
                Fixtures.internalAgent()), Purposes.CONFIGURATION).get(0));
    }

    // Policy format: "directFallback — a connection that fails through a proxy is retried directly"
    @Test
    void aConnectionThatFailsThroughAProxyIsRetriedDirectly() {
        Scenario proxyDown = Fixtures.down(Fixtures.internalAgent(), "proxy.example");

        var r = run(Fixtures.withDirectFallback(PROXIED, true), proxyDown);

        assertEquals(List.of(SERVER_AT + " internal-server failed R1", SERVER_AT + " direct ok R1"),
                steps(r, Purposes.CONFIGURATION));
        assertTrue(r.purpose(Purposes.CONFIGURATION).attempts().get(1).explanation().contains("direct fallback"));
        assertEquals(Outcome.OK, r.purpose(Purposes.CONFIGURATION).outcome());
    }

    // "an optional direct fallback": off by default (directFallback false)
    @Test
    void withoutDirectFallbackTheFailureStands() {
        Scenario proxyDown = Fixtures.down(Fixtures.internalAgent(), "proxy.example");

        assertEquals(List.of(SERVER_AT + " internal-server failed R1"), steps(run(PROXIED, proxyDown),
                Purposes.CONFIGURATION));
    }

    // Left open: whether directFallback applies per purpose — parameter directFallbackPurposes (default every purpose)
    @Test
    void directFallbackAppliesOnlyToTheListedPurposes() {
        Scenario proxyDown = Fixtures.down(Fixtures.internalAgent(), "proxy.example").withParameters(
                SimulationParameters.DEFAULTS.withDirectFallbackPurposes(List.of(Purposes.LOGS)));

        var r = run(Fixtures.withDirectFallback(PROXIED, true), proxyDown);

        assertEquals(Outcome.FAILED, r.purpose(Purposes.CONFIGURATION).outcome());
        assertEquals(Outcome.OK, r.purpose(Purposes.LOGS).outcome());
    }

    // The fallback comes before the next source, and the rest are not tried once it succeeds
    @Test
    void fallbackPrecedesTheNextSource() {
        Policy p = Fixtures.withDirectFallback(Fixtures.withUpdates(PROXIED, true), true);
        Scenario proxyDown = Fixtures.down(Fixtures.internalAgent(), "proxy.example");

        assertEquals(List.of(SERVER_AT + " internal-server failed R2", SERVER_AT + " direct ok R2",
                "active-update internal-server not-tried R2"), steps(run(p, proxyDown), Purposes.COMPONENT_UPDATE));
    }
}
