package org.agentproxy.simulation.tests;

import static org.agentproxy.simulation.tests.Fixtures.SERVER_AT;
import static org.agentproxy.simulation.tests.Fixtures.policy;
import static org.agentproxy.simulation.tests.Fixtures.proxy;
import static org.agentproxy.simulation.tests.Fixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.LocationAwareness;
import org.agentproxy.policy.LocationMode;
import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.Location;
import org.agentproxy.simulation.LocationReport;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.Rule;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.SimulationParameters;
import org.junit.jupiter.api.Test;

/** R0 location (DESIGN.md §2). */
class LocationRuleTest {

    private static final Policy GATEWAYS = policy().withLocationAwareness(new LocationAwareness(LocationMode.GATEWAY,
            List.of(new Gateway("10.10.0.1", "00:1a:2b:3c:4d:5e"), new Gateway("10.20.0.1", null)), List.of()));

    private static final Policy REACHABILITY = policy().withLocationAwareness(new LocationAwareness(
            LocationMode.REACHABILITY, List.of(), List.of(new HostPort("ref1.example", 443),
                    new HostPort("ref2.example", 443))));

    private static LocationReport locate(Policy p, Scenario s) {
        return run(p, s).location();
    }

    private static Scenario withGateway(String ip, String mac) {
        return Scenario.of(AgentFacts.at("10.10.4.21").withGateway(ip, mac));
    }

    // "gateway mode — the agent's gateway IP (and MAC, if listed) in the list → internal"
    @Test
    void gatewayIpAndListedMacMatchMeansInternal() {
        LocationReport l = locate(GATEWAYS, withGateway("10.10.0.1", "00-1A-2B-3C-4D-5E"));

        assertEquals(Location.INTERNAL, l.location());
        assertEquals(Rule.R0, l.rule());
        assertTrue(l.explanation().contains("gateways[0]"), l.explanation());
    }

    // "(and MAC, if listed)": a gateway listed without a MAC matches on its IP alone
    @Test
    void gatewayListedWithoutMacMatchesOnItsIp() {
        assertEquals(Location.INTERNAL, locate(GATEWAYS, withGateway("10.20.0.1", "aa:bb:cc:dd:ee:ff")).location());
    }

    // "(and MAC, if listed)": the listed MAC must match too
    @Test
    void gatewayIpWithAnotherMacMeansExternal() {
        LocationReport l = locate(GATEWAYS, withGateway("10.10.0.1", "aa:bb:cc:dd:ee:ff"));

        assertEquals(Location.EXTERNAL, l.location());
        Attempt check = l.attempts().get(0);
        assertEquals(Cause.NOT_IN_GATEWAY_LIST, check.cause());
        assertTrue(check.reason().contains("MAC aa:bb:cc:dd:ee:ff is not the listed 00:1a:2b:3c:4d:5e"),
                check.reason());
    }

    // "… in the list → internal, else external"
    @Test
    void gatewayNotInTheListMeansExternal() {
        assertEquals(Location.EXTERNAL, locate(GATEWAYS, withGateway("192.0.2.1", null)).location());
        assertEquals(Location.EXTERNAL, locate(GATEWAYS, Scenario.of(AgentFacts.at("10.10.4.21"))).location());
    }

    // "Reachability mode — server reachable → internal"
    @Test
    void reachableServerMeansInternal() {
        LocationReport l = locate(REACHABILITY, Fixtures.internalAgent());

        assertEquals(Location.INTERNAL, l.location());
        assertEquals(List.of(SERVER_AT + " direct ok R0", "ref1.example:443 direct not-tried R0",
                "ref2.example:443 direct not-tried R0"), l.attempts().stream().map(Fixtures::step).toList());
    }

    // "else any reference server reachable → internal"
    @Test
    void aReachableReferenceServerMeansInternalWhenTheServerIsNot() {
        LocationReport l = locate(REACHABILITY, Fixtures.down(Fixtures.internalAgent(), SERVER_AT, "ref1.example"));

        assertEquals(Location.INTERNAL, l.location());
        assertEquals(List.of(SERVER_AT + " direct failed R0", "ref1.example:443 direct failed R0",
                "ref2.example:443 direct ok R0"), l.attempts().stream().map(Fixtures::step).toList());
        assertTrue(l.explanation().contains("reference server ref2.example:443 does"), l.explanation());
    }

    // "else external"
    @Test
    void nothingReachableMeansExternal() {
        Scenario s = Fixtures.down(Fixtures.internalAgent(), SERVER_AT, "ref1.example", "ref2.example");

        assertEquals(Location.EXTERNAL, locate(REACHABILITY, s).location());
    }

    // Left open: "whether the location probe uses the internal proxy" — parameter locationProbeUsesInternalProxy
    @Test
    void theProbeGoesThroughTheInternalProxyOnlyWhenTheParameterSaysSo() {
        Policy p = REACHABILITY.withInternalAgents(new InternalAgentsScope(proxy("proxy.example", 8080), null));
        Scenario proxyDown = Fixtures.down(Fixtures.internalAgent(), "proxy.example");

        LocationReport direct = locate(p, proxyDown);
        LocationReport viaProxy = locate(p, proxyDown.withParameters(
                SimulationParameters.DEFAULTS.withLocationProbeUsesInternalProxy(true)));

        assertEquals(Location.INTERNAL, direct.location());
        assertEquals(Route.DIRECT, direct.attempts().get(0).via());
        assertEquals(Location.EXTERNAL, viaProxy.location());
        assertEquals(Route.INTERNAL_SERVER, viaProxy.attempts().get(0).via());
        assertEquals(Cause.PROXY_UNREACHABLE, viaProxy.attempts().get(0).cause());
    }

    // R7 applies to the probe too: an IPv6-only agent does not reach an IPv4-only server
    @Test
    void anIpv6OnlyAgentDoesNotReachAnIpv4OnlyServerSoItIsExternal() {
        Policy p = Policy.create("T", new HostPort("10.0.0.5", 4343)).withLocationAwareness(REACHABILITY.locationAwareness());
        Scenario s = Scenario.of(AgentFacts.at("fd00::5"));

        LocationReport l = locate(p, Fixtures.down(s, "ref1.example", "ref2.example"));

        assertEquals(Location.EXTERNAL, l.location());
        assertEquals(Rule.R7, l.attempts().get(0).rule());
    }
}
