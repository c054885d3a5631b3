package org.agentproxy.simulation.tests;

import static org.agentproxy.simulation.tests.Fixtures.policy;
import static org.agentproxy.simulation.tests.Fixtures.proxy;
import static org.agentproxy.simulation.tests.Fixtures.run;
import static org.agentproxy.simulation.tests.Fixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.validation.PolicyValidator;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.FeatureRouting;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Rule;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.simulation.scenario.IntegratedSpsAvailability;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.scenario.SimulationParameters;
import org.junit.jupiter.api.Test;

/** R5 Predictive Machine Learning, Behavior Monitoring and contributed features (DESIGN.md §2). */
class FeatureRuleTest {

    private static final List<String> FEATURES = List.of(Purposes.PREDICTIVE_MACHINE_LEARNING,
            Purposes.BEHAVIOR_MONITORING);

    private static final Policy GLOBAL = Fixtures.withStandardList(policy()).withGlobalSmartProtection(
            new GlobalSmartProtectionScope(proxy("gsps.example", 8080), policy().globalSmartProtection()
                    .withFeature("com.example.sandbox", FeatureSettings.VIA_GLOBAL_PROXY).features()));

    private static final Scenario INTEGRATED_DOWN = Fixtures.down(Fixtures.internalAgent(), "osce.example:4345");

    // "global SPS proxy enabled → integrated SPS (HTTPS required)"
    @Test
    void featuresQueryTheIntegratedSpsThroughTheGlobalProxy() {
        var r = run(GLOBAL, Fixtures.internalAgent());

        for (String feature : FEATURES) {
            assertEquals(List.of("osce.example:4345 global-sps ok R5", "smart-protection-network global-sps not-tried R5"),
                    steps(r, feature));
            assertEquals("gsps.example:8080", r.purpose(feature).attempts().get(0).proxy());
        }
    }

    // "integrated SPS unavailable → SPN" (and the scope: "If the integrated SPS is unavailable, agents go to the SPN")
    @Test
    void integratedSpsDownSendsPmlAndBehaviorMonitoringToTheSmartProtectionNetwork() {
        var r = run(GLOBAL, INTEGRATED_DOWN);

        for (String feature : FEATURES) {
            assertEquals(List.of("osce.example:4345 global-sps failed R5", "smart-protection-network global-sps ok R5"),
                    steps(r, feature));
            assertEquals(Outcome.OK, r.purpose(feature).outcome());
        }
    }

    // Left open: whether the integrated SPS counts as "available" — parameter integratedSpsAvailable
    @Test
    void whenListedAFailedIntegratedSpsFailsTheFeatureInsteadOfFallingBack() {
        Scenario s = INTEGRATED_DOWN.withParameters(SimulationParameters.DEFAULTS
                .withIntegratedSpsAvailable(IntegratedSpsAvailability.WHEN_LISTED));

        PurposeReport p = run(GLOBAL, s).purpose(Purposes.PREDICTIVE_MACHINE_LEARNING);

        assertEquals(List.of("osce.example:4345 global-sps failed R5"), steps(p));
        assertEquals(Outcome.FAILED, p.outcome());
    }

    // "File-reputation SPS sources must use HTTPS for this to work"
    @Test
    void anHttpIntegratedSpsFailsThroughTheGlobalProxyAndTheFeatureGoesToTheSmartProtectionNetwork() {
        Policy http = GLOBAL.withSmartProtectionSources(new SmartProtectionSources(
                List.of(new SpsSource("osce.example", 4345, SpsProtocol.HTTP, true)), List.of()));

        PurposeReport p = run(http, Fixtures.internalAgent()).purpose(Purposes.BEHAVIOR_MONITORING);

        Attempt first = p.attempts().get(0);
        assertEquals(Cause.HTTPS_REQUIRED, first.cause());
        assertEquals(Rule.R5, first.rule());
        assertTrue(first.reason().contains("http://osce.example:4345 is HTTP"), first.reason());
        assertEquals("smart-protection-network global-sps ok R5", Fixtures.step(p.attempts().get(1)));
    }

    // issue 13 §7: the HTTPS requirement applies only when the feature actually uses the global proxy
    @Test
    void anHttpIntegratedSpsServesAFeatureThatDoesNotGoThroughTheGlobalProxy() {
        Policy http = GLOBAL.withSmartProtectionSources(new SmartProtectionSources(
                List.of(new SpsSource("osce.example", 4345, SpsProtocol.HTTP, true)), List.of()));
        Policy bmOff = http.withGlobalSmartProtection(http.globalSmartProtection().withFeature(
                Purposes.BEHAVIOR_MONITORING, new FeatureSettings(false, Map.of())));

        var r = run(bmOff, Fixtures.internalAgent());

        assertEquals(List.of("osce.example:4345 direct ok R5", "smart-protection-network direct not-tried R5"),
                steps(r, Purposes.BEHAVIOR_MONITORING));
        assertEquals(Cause.HTTPS_REQUIRED, r.purpose(Purposes.PREDICTIVE_MACHINE_LEARNING).attempts().get(0).cause());
        // the bypass list sends the integrated SPS direct: no proxy, no HTTPS requirement
        assertEquals("osce.example:4345 direct ok R5", steps(run(Fixtures.withBypass(http, List.of("osce.example")),
                Fixtures.internalAgent()), Purposes.PREDICTIVE_MACHINE_LEARNING).get(0));
    }

    // the validator warns exactly where the engine fails a query with https-required, and such a policy is valid
    @Test
    void theValidatorAndTheEngineAgreeOnWhereHttpsIsRequired() {
        SpsSource http = new SpsSource("osce.example", 4345, SpsProtocol.HTTP, true);
        SpsSource https = new SpsSource("osce.example", 4345, SpsProtocol.HTTPS, true);
        FeatureSettings off = new FeatureSettings(false, Map.of());
        for (SpsSource integrated : List.of(http, https)) {
            for (boolean proxyOn : List.of(true, false)) {
                for (boolean featuresOn : List.of(true, false)) {
                    for (List<String> bypass : List.of(List.<String>of(), List.of("*.example"))) {
                        Policy p = Fixtures.withBypass(GLOBAL.withSmartProtectionSources(new SmartProtectionSources(
                                List.of(integrated, Fixtures.sps("sps1.example", false)), List.of())), bypass);
                        GlobalSmartProtectionScope scope = new GlobalSmartProtectionScope(proxyOn
                                ? proxy("gsps.example", 8080) : ProxyEndpoint.NONE, Map.of());
                        if (!featuresOn) {
                            scope = scope.withFeature(Purposes.PREDICTIVE_MACHINE_LEARNING, off)
                                    .withFeature(Purposes.BEHAVIOR_MONITORING, off);
                        }
                        p = p.withGlobalSmartProtection(scope);
                        String what = integrated.url() + " proxy " + proxyOn + " features " + featuresOn + " bypass "
                                + bypass;

                        boolean engine = run(p, Fixtures.internalAgent()).purposes().stream()
                                .flatMap(x -> x.attempts().stream()).anyMatch(a -> a.cause() == Cause.HTTPS_REQUIRED);
                        List<Problem> problems = PolicyValidator.validate(p);
                        boolean validator = problems.stream().anyMatch(x -> x.path().endsWith(".protocol"));

                        assertEquals(engine, validator, what + ": " + problems);
                        assertEquals(integrated == http && proxyOn && featuresOn && bypass.isEmpty(), engine, what);
                        assertTrue(PolicyValidator.isValid(p), what + ": " + problems);
                    }
                }
            }
        }
    }

    // "integrated SPS unavailable → SPN": an agent whose list has no integrated SPS
    @Test
    void withoutAnIntegratedSpsInTheListFeaturesGoToTheSmartProtectionNetwork() {
        Policy standalone = GLOBAL.withSmartProtectionSources(new SmartProtectionSources(
                List.of(Fixtures.sps("sps1.example", false)), List.of()));

        assertEquals(List.of("smart-protection-network global-sps ok R5"),
                steps(run(standalone, Fixtures.internalAgent()), Purposes.PREDICTIVE_MACHINE_LEARNING));
    }

    // Left open: the route without the global proxy — parameter featuresWithoutGlobalProxy (default direct)
    @Test
    void aFeatureThatDoesNotUseTheGlobalProxyGoesDirectly() {
        Policy bmOff = GLOBAL.withGlobalSmartProtection(GLOBAL.globalSmartProtection().withFeature(
                Purposes.BEHAVIOR_MONITORING, new FeatureSettings(false, Map.of())));

        var r = run(bmOff, Fixtures.internalAgent());

        assertEquals("osce.example:4345 direct ok R5", steps(r, Purposes.BEHAVIOR_MONITORING).get(0));
        assertEquals("osce.example:4345 global-sps ok R5", steps(r, Purposes.PREDICTIVE_MACHINE_LEARNING).get(0));
    }

    // "(and every feature contributed through the extension point)": each is a purpose of its own
    @Test
    void aContributedFeatureIsRoutedAsItsOwnPurpose() {
        List<SimulatedFeature> catalogue = new ArrayList<>(SimulatedFeature.BUILT_IN);
        catalogue.add(new SimulatedFeature("com.example.sandbox", "Sandbox", "sandbox-submission",
                FeatureRouting.GLOBAL_PROXY, true));

        var r = PathEngine.simulate(GLOBAL, INTEGRATED_DOWN, catalogue);

        assertEquals(List.of("osce.example:4345 global-sps failed R5", "smart-protection-network global-sps ok R5"),
                steps(r, "sandbox-submission"));
        assertEquals(10, r.purposes().size());
        assertEquals("sandbox-submission", PathEngine.purposes(catalogue).get(9));
        assertEquals(List.of(), r.skipped());
    }

    // "a feature without settings in the policy uses it", in the words of the Global Smart Protection Service page
    @Test
    void theRoutingOfAFeatureIsExplainedInTheWordsOfThePage() {
        List<SimulatedFeature> catalogue = new ArrayList<>(SimulatedFeature.BUILT_IN);
        catalogue.add(new SimulatedFeature("com.example.unset", "Unset Lookup", "unset-lookup",
                FeatureRouting.GLOBAL_PROXY, false));
        Policy pmlOff = GLOBAL.withGlobalSmartProtection(GLOBAL.globalSmartProtection().withFeature(
                Purposes.PREDICTIVE_MACHINE_LEARNING, new FeatureSettings(false, Map.of())));

        var r = PathEngine.simulate(pmlOff, Fixtures.internalAgent(), catalogue);

        Attempt byDefault = r.purpose("unset-lookup").attempts().get(0);
        assertEquals("osce.example:4345 global-sps ok R5", Fixtures.step(byDefault));
        assertTrue(byDefault.explanation().contains("through the Global Smart Protection Service proxy "
                + "(\"Default (uses the proxy)\": the policy has no settings for Unset Lookup)"),
                byDefault.explanation());
        Attempt through = r.purpose(Purposes.BEHAVIOR_MONITORING).attempts().get(0);
        assertEquals("osce.example:4345 global-sps ok R5", Fixtures.step(through));
        assertTrue(!through.explanation().contains("Default"), through.explanation());
        Attempt off = r.purpose(Purposes.PREDICTIVE_MACHINE_LEARNING).attempts().get(0);
        assertEquals("osce.example:4345 direct ok R5", Fixtures.step(off));
        assertTrue(off.explanation().contains("as the policy sets Predictive Machine Learning to "
                + "\"Not through the proxy\""), off.explanation());
    }
}
