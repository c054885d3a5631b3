package org.agentproxy.simulation.tests;

import static org.agentproxy.simulation.tests.Fixtures.policy;
import static org.agentproxy.simulation.tests.Fixtures.proxy;
import static org.agentproxy.simulation.tests.Fixtures.run;
import static org.agentproxy.simulation.tests.Fixtures.sps;
import static org.agentproxy.simulation.tests.Fixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.IpRange;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.AgentProxy;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.SimulationParameters;
import org.agentproxy.simulation.scenario.SpsExhaustion;
import org.junit.jupiter.api.Test;

/** R3 file reputation and R4 web reputation (DESIGN.md §2). */
class ReputationRuleTest {

    private static final Policy LISTS = Fixtures.withStandardList(policy())
            .withInternalAgents(new InternalAgentsScope(proxy("srv-proxy.example", 8080), proxy("sps-proxy.example",
                    8080)));

    private static final Policy BRANCH = LISTS.withSmartProtectionSources(new SmartProtectionSources(
            LISTS.smartProtectionSources().standardList(), List.of(
                    new CustomSourceList("Branch", new IpRange("10.20.0.0", "10.20.255.255"),
                            List.of(sps("sps-branch.example", false), sps("sps1.example", false))),
                    new CustomSourceList("Branch v6", new IpRange("fd00:20::", "fd00:20::ffff"),
                            List.of(sps("sps-branch6.example", false))))));

    private static Scenario at(String ip) {
        return Scenario.of(AgentFacts.at(ip));
    }

    // "internal — the custom list whose IP range holds the agent"
    @Test
    void theCustomListWhoseRangeHoldsTheAgentIsChosen() {
        assertEquals(List.of("sps-branch.example:5275 internal-sps ok R3", "sps1.example:5275 internal-sps not-tried R3"),
                steps(run(BRANCH, at("10.20.1.7")), Purposes.FILE_REPUTATION));
        assertEquals(List.of("sps-branch6.example:5275 internal-sps ok R3"),
                steps(run(BRANCH, at("fd00:20::8")), Purposes.FILE_REPUTATION));
        assertTrue(run(BRANCH, at("10.20.1.7")).purpose(Purposes.FILE_REPUTATION).attempts().get(0).explanation()
                .contains("the custom list \"Branch\" (range 10.20.0.0-10.20.255.255)"));
    }

    // "… else the standard list; servers in order, next on failure; proxy = internal proxy (SPS section)"
    @Test
    void otherwiseTheStandardListInOrderNextOnFailure() {
        var r = run(BRANCH, Fixtures.down(at("10.30.0.9"), "osce.example:4345", "sps1.example"));

        assertEquals(List.of("osce.example:4345 internal-server failed R3", "sps1.example:5275 internal-sps failed R3",
                "sps2.example:5275 internal-sps ok R3"), steps(r, Purposes.FILE_REPUTATION));
        assertEquals("sps-proxy.example:8080", r.purpose(Purposes.FILE_REPUTATION).attempts().get(1).proxy());
    }

    // Scope table: "its integrated SPS gets scan queries" through the server section — parameter
    // ownIntegratedSpsProxy (default internal-server); internal-sps follows R3's wording instead
    @Test
    void theServersOwnIntegratedSpsGoesThroughTheSectionTheParameterNames() {
        Scenario s = at("10.30.0.9");
        Attempt byDefault = run(LISTS, s).purpose(Purposes.FILE_REPUTATION).attempts().get(0);
        Attempt bySps = run(LISTS, s.withParameters(SimulationParameters.DEFAULTS.withOwnIntegratedSpsProxy(
                Route.INTERNAL_SPS))).purpose(Purposes.FILE_REPUTATION).attempts().get(0);

        assertEquals("srv-proxy.example:8080", byDefault.proxy());
        assertEquals(Route.INTERNAL_SERVER, byDefault.via());
        assertEquals("sps-proxy.example:8080", bySps.proxy());
    }

    // Left open: "what happens when every SPS fails" — parameter whenEverySpsFails (default fail)
    @Test
    void everySpsDownFailsTheQueryByDefault() {
        Scenario allDown = Fixtures.down(at("10.30.0.9"), "osce.example:4345", "sps1.example", "sps2.example");

        PurposeReport p = run(LISTS, allDown).purpose(Purposes.FILE_REPUTATION);

        assertEquals(Outcome.FAILED, p.outcome());
        assertEquals(Cause.UNREACHABLE, p.cause());
        assertTrue(p.reason().startsWith("every attempt failed; the last: sps2.example:5275 is unreachable"),
                p.reason());
    }

    // Left open: "what happens when every SPS fails" — whenEverySpsFails = smart-protection-network
    @Test
    void everySpsDownGoesToTheSmartProtectionNetworkWhenTheParameterSaysSo() {
        Scenario allDown = Fixtures.down(at("10.30.0.9"), "osce.example:4345", "sps1.example", "sps2.example")
                .withParameters(SimulationParameters.DEFAULTS
                        .withWhenEverySpsFails(SpsExhaustion.SMART_PROTECTION_NETWORK));

        var r = run(LISTS, allDown);

        assertEquals("smart-protection-network direct ok R3", steps(r, Purposes.FILE_REPUTATION).get(3));
        assertEquals(Outcome.OK, r.purpose(Purposes.FILE_REPUTATION).outcome());
    }

    // "External — SPN through the system proxy with the external credentials"
    @Test
    void anExternalAgentQueriesTheSmartProtectionNetworkThroughItsSystemProxy() {
        Scenario external = Fixtures.externalAgent();
        external = external.withAgent(external.agent().withSystemProxy(AgentProxy.of("hotel-proxy.example", 8080)));

        var r = run(LISTS, external);

        assertEquals(List.of("smart-protection-network system ok R3"), steps(r, Purposes.FILE_REPUTATION));
        assertEquals("hotel-proxy.example:8080", r.purpose(Purposes.FILE_REPUTATION).attempts().get(0).proxy());
    }

    // "External — SPN through the system proxy": an endpoint without system proxy connects directly
    @Test
    void anExternalAgentWithoutSystemProxyGoesDirectly() {
        assertEquals(List.of("smart-protection-network direct ok R3"),
                steps(run(LISTS, Fixtures.externalAgent()), Purposes.FILE_REPUTATION));
    }

    // R4: "external → SPN (as R3)"
    @Test
    void webReputationOfAnExternalAgentGoesToTheSmartProtectionNetwork() {
        assertEquals(List.of("smart-protection-network direct ok R4"),
                steps(run(LISTS, Fixtures.externalAgent()), Purposes.WEB_REPUTATION));
    }

    // R4: "Internal → SPS list if 'send queries to SPS' is on"
    @Test
    void webReputationOfAnInternalAgentUsesTheSpsListWhenSendQueriesToSpsIsOn() {
        assertEquals(List.of("sps-branch.example:5275 internal-sps ok R4", "sps1.example:5275 internal-sps not-tried R4"),
                steps(run(BRANCH, at("10.20.1.7")), Purposes.WEB_REPUTATION));
    }

    // R4: "… else SPN" (for an internal agent: parameter internalAgentsToSpn, default system)
    @Test
    void webReputationOfAnInternalAgentGoesToTheSmartProtectionNetworkWhenSendQueriesToSpsIsOff() {
        Policy toSpn = Fixtures.withWebReputationToSps(BRANCH, false);
        Scenario s = at("10.20.1.7");

        assertEquals(List.of("smart-protection-network direct ok R4"), steps(run(toSpn, s), Purposes.WEB_REPUTATION));
        assertEquals(List.of("smart-protection-network internal-sps ok R4"), steps(run(toSpn, s.withParameters(
                SimulationParameters.DEFAULTS.withInternalAgentsToSpn(Route.INTERNAL_SPS))), Purposes.WEB_REPUTATION));
    }

    // "… else the standard list; servers in order": an empty list leaves nothing to query
    @Test
    void anEmptyListHasNoTarget() {
        PurposeReport p = run(policy(), at("10.1.1.1")).purpose(Purposes.FILE_REPUTATION);

        assertEquals(Cause.NO_TARGET, p.cause());
        assertTrue(p.reason().contains("the standard list is empty"), p.reason());
    }
}
