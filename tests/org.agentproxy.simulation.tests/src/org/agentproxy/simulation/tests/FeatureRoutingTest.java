package org.agentproxy.simulation.tests;

import static org.agentproxy.simulation.tests.Fixtures.policy;
import static org.agentproxy.simulation.tests.Fixtures.proxy;
import static org.agentproxy.simulation.tests.Fixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.FeatureRouting;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Rule;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.SkippedFeature;
import org.agentproxy.simulation.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Every feature of the catalogue routed by its declaration (DESIGN.md §2): {@code global-proxy} by R5 "PML / Behavior
 * Monitoring / contributed features: global SPS proxy enabled → integrated SPS (HTTPS required)", {@code sps-lists} as
 * R3 file reputation "internal — the custom list whose IP range holds the agent, else the standard list; servers in
 * order, next on failure; proxy = internal proxy (SPS section). External — SPN through the system proxy".
 */
class FeatureRoutingTest {

    private static final SimulatedFeature SANDBOX = new SimulatedFeature("sandbox-analysis", "Sandbox Analysis",
            "sandbox-submission", FeatureRouting.GLOBAL_PROXY, true);
    private static final SimulatedFeature CENSUS = new SimulatedFeature("census", "File Census", "census-query",
            FeatureRouting.SPS_LISTS, false);
    private static final SimulatedFeature STRICT_CENSUS = new SimulatedFeature("strict-census", "Strict Census",
            "strict-census-query", FeatureRouting.SPS_LISTS, true);
    private static final SimulatedFeature PLAIN = new SimulatedFeature("plain", "Plain Lookup", "plain-lookup",
            FeatureRouting.GLOBAL_PROXY, false);

    /** Both proxies on: the internal proxy's SPS section and the Global Smart Protection Service proxy. */
    private static final Policy POLICY = withSpsSection(Fixtures.withStandardList(policy()).withGlobalSmartProtection(
            new GlobalSmartProtectionScope(proxy("gsps.example", 8080), policy().globalSmartProtection().features())));

    private static List<SimulatedFeature> catalogue(SimulatedFeature... extra) {
        List<SimulatedFeature> all = new ArrayList<>(SimulatedFeature.BUILT_IN);
        all.addAll(List.of(extra));
        return all;
    }

    private static Policy withSpsSection(Policy p) {
        return p.withInternalAgents(p.internalAgents().withSmartProtection(proxy("spsproxy.example", 3128)));
    }

    private static Policy withHttpIntegratedSps(Policy p) {
        return p.withSmartProtectionSources(new SmartProtectionSources(List.of(
                new SpsSource(Fixtures.SERVER, 4345, SpsProtocol.HTTP, true), Fixtures.sps("sps1.example", false)),
                List.of()));
    }

    private static SimulationReport run(Policy p, Scenario s, SimulatedFeature... extra) {
        return PathEngine.simulate(p, s, catalogue(extra));
    }

    // R5 for a contributed global-proxy feature: its purpose, the global proxy, its own name in the explanation
    @Test
    void aGlobalProxyFeatureQueriesTheIntegratedSpsThroughTheGlobalProxyUnderItsPurpose() {
        PurposeReport p = run(POLICY, Fixtures.internalAgent(), SANDBOX).purpose("sandbox-submission");

        assertEquals(List.of("osce.example:4345 global-sps ok R5", "smart-protection-network global-sps not-tried R5"),
                steps(p));
        assertEquals("gsps.example:8080", p.attempts().get(0).proxy());
        assertTrue(p.attempts().get(0).explanation().startsWith("Sandbox Analysis queries the integrated SPS"),
                p.attempts().get(0).explanation());
    }

    // R3 for an sps-lists feature: the list in order through the internal proxy's SPS section, not the global proxy
    @Test
    void anSpsListsFeatureGoesThroughTheListLikeFileReputation() {
        SimulationReport r = run(POLICY, Fixtures.down(Fixtures.internalAgent(), "osce.example:4345"), CENSUS);

        assertEquals(steps(r, Purposes.FILE_REPUTATION), steps(r, "census-query"));
        assertEquals(List.of("osce.example:4345 direct failed R3", "sps1.example:5275 internal-sps ok R3",
                "sps2.example:5275 internal-sps not-tried R3"), steps(r, "census-query"));
        assertTrue(r.purpose("census-query").attempts().get(0).explanation().startsWith(
                "File Census (routed through the SPS lists) asks the standard list, source 1 of 3"),
                r.purpose("census-query").attempts().get(0).explanation());
    }

    // R3 "External — SPN through the system proxy"
    @Test
    void anExternalAgentSendsAnSpsListsFeatureToTheSmartProtectionNetwork() {
        SimulationReport r = run(POLICY, Fixtures.externalAgent(), CENSUS);

        assertEquals(List.of("smart-protection-network direct ok R3"), steps(r, "census-query"));
        assertEquals(steps(r, Purposes.FILE_REPUTATION), steps(r, "census-query"));
    }

    // An sps-lists feature ignores the global proxy setting of the policy: the lists decide
    @Test
    void theGlobalProxySettingDoesNotRouteAnSpsListsFeature() {
        Policy off = POLICY.withGlobalSmartProtection(POLICY.globalSmartProtection().withFeature("census",
                new FeatureSettings(false, Map.of())));

        assertEquals(steps(run(POLICY, Fixtures.internalAgent(), CENSUS), "census-query"),
                steps(run(off, Fixtures.internalAgent(), CENSUS), "census-query"));
    }

    // requiresHttps with sps-lists: an HTTP source of the list fails before any connection, the next is tried
    @Test
    void anSpsListsFeatureThatRequiresHttpsSkipsHttpSources() {
        SimulationReport r = run(withHttpIntegratedSps(POLICY), Fixtures.internalAgent(), CENSUS, STRICT_CENSUS);

        Attempt first = r.purpose("strict-census-query").attempts().get(0);
        assertEquals(Cause.HTTPS_REQUIRED, first.cause());
        assertEquals(Rule.R3, first.rule());
        assertTrue(first.reason().contains("http://osce.example:4345 is HTTP"), first.reason());
        assertEquals("sps1.example:5275 internal-sps ok R3", Fixtures.step(r.purpose("strict-census-query")
                .attempts().get(1)));
        assertEquals("osce.example:4345 direct ok R3", steps(r, "census-query").get(0));
    }

    // "HTTPS required" only for features that declare it: an HTTP integrated SPS serves a feature that does not
    @Test
    void aGlobalProxyFeatureWithoutRequiresHttpsUsesAnHttpIntegratedSps() {
        SimulationReport r = run(withHttpIntegratedSps(POLICY), Fixtures.internalAgent(), SANDBOX, PLAIN);

        assertEquals("osce.example:4345 global-sps ok R5", steps(r, "plain-lookup").get(0));
        Attempt sandbox = r.purpose("sandbox-submission").attempts().get(0);
        assertEquals(Cause.HTTPS_REQUIRED, sandbox.cause());
        assertTrue(sandbox.reason().contains("HTTPS source for Sandbox Analysis"), sandbox.reason());
        assertEquals(Outcome.OK, r.purpose("sandbox-submission").outcome());
    }

    // Settings of a feature whose plug-in is absent: kept in the policy, reported as not simulated, no purpose
    @Test
    void aPolicyFeatureMissingFromTheCatalogueIsReportedAsNotSimulated() {
        Policy p = POLICY.withGlobalSmartProtection(POLICY.globalSmartProtection().withFeature("sandbox-analysis",
                FeatureSettings.VIA_GLOBAL_PROXY));

        SimulationReport r = PathEngine.simulate(p, Fixtures.internalAgent());

        assertEquals(Purposes.BUILT_IN, r.purposes().stream().map(PurposeReport::purpose).toList());
        assertEquals(List.of(new SkippedFeature("sandbox-analysis", SkippedFeature.NOT_INSTALLED)), r.skipped());
    }

    // A feature may not take over a built-in purpose: skipped with the reason, never silently merged
    @Test
    void aFeatureWhosePurposeIsTakenIsSkippedWithTheReason() {
        SimulatedFeature clash = new SimulatedFeature("clash", "Clash", Purposes.FILE_REPUTATION,
                FeatureRouting.SPS_LISTS, false);

        SimulationReport r = run(POLICY, Fixtures.internalAgent(), clash);

        assertEquals(Purposes.BUILT_IN, r.purposes().stream().map(PurposeReport::purpose).toList());
        assertEquals("clash", r.skipped().get(0).id());
        assertTrue(r.skipped().get(0).reason().contains("\"file-reputation\""), r.skipped().get(0).reason());
    }

    // The catalogue decides which features are purposes; without Behavior Monitoring it is not reported
    @Test
    void theReportHasThePurposesOfItsCatalogue() {
        List<SimulatedFeature> pmlOnly = List.of(SimulatedFeature.BUILT_IN.get(0), SANDBOX);

        assertEquals(List.of(Purposes.CONFIGURATION, Purposes.LOGS, Purposes.COMPONENT_UPDATE, Purposes.UPDATE_NOW,
                Purposes.FILE_REPUTATION, Purposes.WEB_REPUTATION, Purposes.PREDICTIVE_MACHINE_LEARNING,
                Purposes.SERVER_UPDATE, "sandbox-submission"), PathEngine.purposes(pmlOnly));
        assertEquals(PathEngine.purposes(pmlOnly), PathEngine.simulate(POLICY, Fixtures.internalAgent(), pmlOnly)
                .purposes().stream().map(PurposeReport::purpose).toList());
    }
}
