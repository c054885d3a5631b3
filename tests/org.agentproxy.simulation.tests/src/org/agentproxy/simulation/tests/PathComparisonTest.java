package org.agentproxy.simulation.tests;

import static org.agentproxy.simulation.tests.Fixtures.PROXY_AT;
import static org.agentproxy.simulation.tests.Fixtures.SERVER_AT;
import static org.agentproxy.simulation.tests.Fixtures.policy;
import static org.agentproxy.simulation.tests.Fixtures.proxy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.IpRange;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.Rule;
import org.agentproxy.simulation.status.AgentStatusReport;
import org.agentproxy.simulation.status.MismatchCheck;
import org.agentproxy.simulation.status.ObservedPath;
import org.agentproxy.simulation.status.PredictionCache;
import org.agentproxy.simulation.status.PurposeMismatch;
import org.agentproxy.simulation.status.ReportedFacts;
import org.junit.jupiter.api.Test;

/** Predicted versus observed: the engine on the applied version and the reported facts, against the report. */
class PathComparisonTest {

    private static final Policy POLICY = Fixtures.withStandardList(policy()
            .withInternalAgents(new InternalAgentsScope(proxy("proxy.example", 8080), null)));
    private static final MismatchCheck CHECK = new MismatchCheck(v -> v == 4 ? Optional.of(POLICY)
            : Optional.empty());

    private static AgentStatusReport report(long version, ObservedPath... paths) {
        return new AgentStatusReport("ws-1", version, null, Instant.parse("2026-12-05T10:00:00Z"),
                new ReportedFacts("10.1.2.3", null, "", null, false), List.of(paths));
    }

    private static ObservedPath configuration(Route via, String proxy, Outcome outcome) {
        return new ObservedPath(Purposes.CONFIGURATION, via, proxy, SERVER_AT, outcome,
                outcome == Outcome.OK ? null : "proxy-unreachable");
    }

    @Test
    void observationAsPredictedIsNoMismatch() {
        assertEquals(List.of(), CHECK.check(report(4, configuration(Route.INTERNAL_SERVER, PROXY_AT, Outcome.OK),
                new ObservedPath(Purposes.FILE_REPUTATION, Route.INTERNAL_SERVER, PROXY_AT, "osce.example:4345",
                        Outcome.OK, null))));
    }

    @Test
    void anotherRouteIsAMismatchWithBothPathsAndThePredictingRule() {
        List<PurposeMismatch> m = CHECK.check(report(4, configuration(Route.DIRECT, null, Outcome.OK)));

        assertEquals(1, m.size());
        PurposeMismatch c = m.get(0);
        assertEquals(Purposes.CONFIGURATION, c.purpose());
        assertEquals(Rule.R1, c.rule());
        assertEquals(SERVER_AT + " via internal-server (" + PROXY_AT + ")", c.predictedPath());
        assertEquals(SERVER_AT + " via direct", c.observed().path());
        assertTrue(c.reason().contains("direct instead of internal-server"), c.reason());
    }

    @Test
    void aMismatchOneRuleDecidedNamesThatRuleAlone() {
        PurposeMismatch c = CHECK.check(report(4, configuration(Route.DIRECT, null, Outcome.OK))).get(0);

        assertEquals(Rule.R1, c.routedBy());
        assertEquals("R1", c.rules());
    }

    /**
     * An IPv6-only agent and an IPv4-only SPS: R3 routes file reputation to the SPS and R7 stops it, yet the agent
     * reached it. The mismatch names both rules, the routing rule first, as an attempt's {@code rules()} does.
     */
    @Test
    void anAddressFamilyMismatchNamesTheRoutingRuleBeforeR7() {
        Policy v4Sps = policy().withSmartProtectionSources(new SmartProtectionSources(List.of(new SpsSource(
                "10.0.0.5", 5275, SpsProtocol.HTTPS, false)), List.of()));
        MismatchCheck check = new MismatchCheck(v -> v == 1 ? Optional.of(v4Sps) : Optional.empty());
        AgentStatusReport report = new AgentStatusReport("ws-v6", 1, null, Instant.parse("2026-12-05T10:00:00Z"),
                new ReportedFacts("fd00::9", null, "", null, false), List.of(new ObservedPath(
                        Purposes.FILE_REPUTATION, Route.DIRECT, null, "10.0.0.5:5275", Outcome.OK, null)));

        List<PurposeMismatch> m = check.check(report);

        assertEquals(1, m.size());
        assertEquals(Rule.R7, m.get(0).rule());
        assertEquals(Rule.R3, m.get(0).routedBy());
        assertEquals("R3, R7", m.get(0).rules());
    }

    @Test
    void failureWherePredictedToSucceedIsAMismatch() {
        List<PurposeMismatch> m = CHECK.check(report(4, configuration(Route.INTERNAL_SERVER, PROXY_AT,
                Outcome.FAILED)));

        assertEquals(1, m.size());
        assertEquals(Outcome.OK, m.get(0).predictedOutcome());
        assertTrue(m.get(0).reason().contains("proxy-unreachable"), m.get(0).reason());
    }

    @Test
    void anotherSourceOfTheListIsAMismatch() {
        List<PurposeMismatch> m = CHECK.check(report(4, new ObservedPath(Purposes.FILE_REPUTATION, Route.DIRECT,
                null, "sps1.example:5275", Outcome.OK, null)));

        assertEquals(1, m.size());
        assertEquals(Rule.R3, m.get(0).rule());
        assertEquals("osce.example:4345", m.get(0).predictedTarget());
    }

    @Test
    void unknownPurposeAndUnknownVersionAreNotCompared() {
        assertEquals(List.of(), CHECK.check(report(4, new ObservedPath("some-plugin-feature", Route.DIRECT, null,
                "x:1", Outcome.FAILED, "unreachable"))));
        assertEquals(List.of(), CHECK.check(report(5, configuration(Route.DIRECT, null, Outcome.OK))));
        assertEquals(List.of(), CHECK.check(report(0, configuration(Route.DIRECT, null, Outcome.OK))));
    }

    @Test
    void keyChangesWithVersionFactsAndObservationsButNotTheTime() {
        AgentStatusReport a = report(4, configuration(Route.DIRECT, null, Outcome.OK));
        AgentStatusReport later = new AgentStatusReport(a.agent(), a.version(), "\"x\"", a.time().plusSeconds(60),
                a.facts(), a.purposes());

        assertEquals(MismatchCheck.key(a), MismatchCheck.key(later));
        assertNotEquals(MismatchCheck.key(a), MismatchCheck.key(report(5, configuration(Route.DIRECT, null,
                Outcome.OK))));
        assertNotEquals(MismatchCheck.key(a), MismatchCheck.key(report(4, configuration(Route.INTERNAL_SERVER,
                PROXY_AT, Outcome.OK))));
    }

    @Test
    void agentsTheEngineCannotTellApartShareOnePredictionAndAnotherSourceListGetsItsOwn() {
        // R3: 10.9.0.0/16 gets its own list; any other address the standard list
        Policy branch = POLICY.withSmartProtectionSources(POLICY.smartProtectionSources().withCustomLists(List.of(
                new CustomSourceList("Branch", new IpRange("10.9.0.0", "10.9.255.255"),
                        List.of(new SpsSource("branch-sps.example", 5275, SpsProtocol.HTTPS, false))))));
        PredictionCache cache = new PredictionCache(16);
        MismatchCheck check = new MismatchCheck(v -> v == 4 ? Optional.of(branch) : Optional.empty(), cache);
        ObservedPath viaStandard = new ObservedPath(Purposes.FILE_REPUTATION, Route.INTERNAL_SERVER, PROXY_AT,
                "osce.example:4345", Outcome.OK, null);

        for (String ip : List.of("10.1.2.3", "10.1.2.4", "10.200.0.9")) {
            AgentStatusReport r = new AgentStatusReport("ws-" + ip, 4, null, Instant.parse("2026-12-05T10:00:00Z"),
                    new ReportedFacts(ip, null, "", null, false), List.of(viaStandard));
            assertEquals(List.of(), check.check(r), ip);
        }
        assertEquals(1, cache.size(), "three agents in the standard list's addresses: one engine run");

        AgentStatusReport inBranch = new AgentStatusReport("ws-b", 4, null, Instant.parse("2026-12-05T10:00:00Z"),
                new ReportedFacts("10.9.1.1", null, "", null, false), List.of(viaStandard));
        List<PurposeMismatch> m = check.check(inBranch);
        assertEquals(2, cache.size(), "the branch list's addresses are another class");
        assertEquals(1, m.size(), "the branch agent is predicted to use its own list");
        assertTrue(m.get(0).predictedTarget().startsWith("branch-sps.example"), m.get(0).predictedPath());
        assertEquals(m, new MismatchCheck(v -> v == 4 ? Optional.of(branch) : Optional.empty()).check(inBranch),
                "the same answer as without the cache");
    }
}
