package org.agentproxy.simulation.tests;

import static org.agentproxy.simulation.tests.Fixtures.policy;
import static org.agentproxy.simulation.tests.Fixtures.proxy;
import static org.agentproxy.simulation.tests.Fixtures.run;
import static org.agentproxy.simulation.tests.Fixtures.sps;
import static org.agentproxy.simulation.tests.Fixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Rule;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.AgentFamily;
import org.agentproxy.simulation.scenario.EndpointFacts;
import org.agentproxy.simulation.scenario.EndpointFamily;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.World;
import org.junit.jupiter.api.Test;

/**
 * R7 address family (DESIGN.md §2): "an IPv6-only agent cannot reach an IPv4-only source (or the reverse) unless the
 * path goes through a dual-stack proxy: the path fails with that reason."
 */
class AddressFamilyRuleTest {

    /** One IPv4-only SPS; the server dual-stack (so every agent is internal). */
    private static final Policy ONE_SPS = policy().withSmartProtectionSources(
            new SmartProtectionSources(List.of(sps("sps4.example", false)), List.of()));

    private static Scenario agent(String ip, AgentFamily family, String proxyFamily) {
        World w = World.DEFAULT.with("sps4.example", EndpointFacts.of(true, EndpointFamily.IPV4_ONLY))
                .with("sps6.example", EndpointFacts.of(true, EndpointFamily.IPV6_ONLY))
                .with("proxy.example", EndpointFacts.of(true, EndpointFamily.valueOf(proxyFamily)));
        return Scenario.of(AgentFacts.at(ip).withFamily(family)).withWorld(w);
    }

    private static Policy viaProxy(Policy p) {
        return p.withInternalAgents(new InternalAgentsScope(null, proxy("proxy.example", 8080)));
    }

    // "an IPv6-only agent cannot reach an IPv4-only source … : the path fails with that reason"
    @Test
    void anIpv6OnlyAgentCannotReachAnIpv4OnlySourceDirectly() {
        PurposeReport p = run(ONE_SPS, agent("fd00::8", AgentFamily.IPV6, "DUAL_STACK")).purpose(Purposes.FILE_REPUTATION);

        Attempt a = p.attempts().get(0);
        assertEquals(Outcome.FAILED, a.outcome());
        assertEquals(Cause.ADDRESS_FAMILY, a.cause());
        assertEquals(Rule.R7, a.rule());
        assertEquals("the IPv6-only agent cannot reach the IPv4-only sps4.example:5275 without a dual-stack proxy",
                a.reason());
        assertTrue(a.explanation().startsWith("R3 routes this attempt, and R7 stops it"), a.explanation());
    }

    // issue 13 §7: an attempt that fails on address family keeps the rule that routed it as well as R7
    @Test
    void anAttemptStoppedByR7KeepsTheRuleThatRoutedItAndItsReasons() {
        Attempt a = run(ONE_SPS, agent("fd00::8", AgentFamily.IPV6, "DUAL_STACK")).purpose(Purposes.FILE_REPUTATION)
                .attempts().get(0);

        assertEquals(Rule.R7, a.rule());
        assertEquals(Rule.R3, a.routedBy());
        assertEquals("R3, R7", a.rules());
        // R3's own words stay: which list, which source, which way
        assertTrue(a.explanation().contains("File reputation asks the standard list, source 1 of 1"), a.explanation());
        // an attempt one rule decided has no routedBy
        Attempt ok = run(viaProxy(ONE_SPS), agent("fd00::8", AgentFamily.IPV6, "DUAL_STACK"))
                .purpose(Purposes.FILE_REPUTATION).attempts().get(0);
        assertEquals(null, ok.routedBy());
        assertEquals("R3", ok.rules());
    }

    // "… unless the path goes through a dual-stack proxy"
    @Test
    void aDualStackProxyBridgesTheFamilies() {
        assertEquals(List.of("sps4.example:5275 internal-sps ok R3"), steps(run(viaProxy(ONE_SPS),
                agent("fd00::8", AgentFamily.IPV6, "DUAL_STACK")), Purposes.FILE_REPUTATION));
    }

    // "unless the path goes through a dual-stack proxy": a single-stack proxy is no bridge (agent side)
    @Test
    void anIpv4OnlyProxyDoesNotHelpAnIpv6OnlyAgent() {
        Attempt a = run(viaProxy(ONE_SPS), agent("fd00::8", AgentFamily.IPV6, "IPV4_ONLY"))
                .purpose(Purposes.FILE_REPUTATION).attempts().get(0);

        assertEquals(Rule.R7, a.rule());
        assertEquals("the IPv6-only agent cannot reach the IPv4-only proxy proxy.example:8080", a.reason());
    }

    // "unless the path goes through a dual-stack proxy": a single-stack proxy is no bridge (source side)
    @Test
    void anIpv6OnlyProxyCannotReachAnIpv4OnlySource() {
        Attempt a = run(viaProxy(ONE_SPS), agent("fd00::8", AgentFamily.IPV6, "IPV6_ONLY"))
                .purpose(Purposes.FILE_REPUTATION).attempts().get(0);

        assertEquals(Rule.R7, a.rule());
        assertEquals("the IPv6-only proxy proxy.example:8080 cannot reach the IPv4-only sps4.example:5275",
                a.reason());
    }

    // "(or the reverse)"
    @Test
    void anIpv4OnlyAgentCannotReachAnIpv6OnlySource() {
        Policy v6 = policy().withSmartProtectionSources(
                new SmartProtectionSources(List.of(sps("sps6.example", false)), List.of()));

        assertEquals(List.of("sps6.example:5275 direct failed R7"),
                steps(run(v6, agent("10.1.1.1", AgentFamily.IPV4, "DUAL_STACK")), Purposes.FILE_REPUTATION));
    }

    // "an IPv6-only agent cannot reach …": the rule is about single-stack agents; a dual-stack one reaches both
    @Test
    void aDualStackAgentReachesEitherFamily() {
        assertEquals(List.of("sps4.example:5275 direct ok R3"),
                steps(run(ONE_SPS, agent("fd00::8", AgentFamily.DUAL, "DUAL_STACK")), Purposes.FILE_REPUTATION));
    }

    // An IP literal has its own family: an IPv4 literal is an IPv4-only endpoint without any world entry
    @Test
    void anIpv4LiteralIsIpv4Only() {
        Policy literal = policy().withSmartProtectionSources(
                new SmartProtectionSources(List.of(sps("10.9.9.9", false)), List.of()));

        assertEquals(List.of("10.9.9.9:5275 direct failed R7"),
                steps(run(literal, Scenario.of(AgentFacts.at("fd00::8"))), Purposes.FILE_REPUTATION));
    }
}
