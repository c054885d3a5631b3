package org.agentproxy.policy.tests;

import static org.agentproxy.policy.tests.ProblemAssertions.assertErrorsAt;
import static org.agentproxy.policy.tests.ProblemAssertions.assertMentions;
import static org.agentproxy.policy.tests.ProblemAssertions.assertNoProblems;
import static org.agentproxy.policy.tests.ProblemAssertions.assertOnlyErrorAt;
import static org.agentproxy.policy.tests.ProblemAssertions.assertOnlyWarningAt;
import static org.agentproxy.policy.tests.TestPolicies.customList;
import static org.agentproxy.policy.tests.TestPolicies.http;
import static org.agentproxy.policy.tests.TestPolicies.https;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.agentproxy.policy.BuiltInFeatures;
import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.validation.GlobalProxyHttps;
import org.agentproxy.policy.validation.GlobalProxyHttps.QueriedSource;
import org.agentproxy.policy.validation.PolicyValidator;
import org.agentproxy.policy.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The entries of the Smart Protection source lists: host and port, duplicates, and HTTPS. */
class SmartProtectionSourcesValidationTest {

    private static final String STANDARD = "smartProtectionSources.standardList";
    private static final String CUSTOM = "smartProtectionSources.customLists";

    @Test
    void theSampleListsAreValid() {
        Policy policy = TestPolicies.valid().withSmartProtectionSources(Samples.samplePolicy().smartProtectionSources());

        assertNoProblems(policy);
    }

    @Test
    void aSourceNeedsAHostAndAPort() {
        assertErrorsAt(TestPolicies.withSources(List.of(https(null, 0))), STANDARD + "[0].host", STANDARD + "[0].port");
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 65536, 70000 })
    void aSourcePortIsOneTo65535(int port) {
        assertOnlyErrorAt(TestPolicies.withSources(List.of(https("sps.corp.example", 5275), https("sps2.corp.example",
                port))), STANDARD + "[1].port");
    }

    @Test
    void aSourceHostIsChecked() {
        assertOnlyErrorAt(TestPolicies.withSources(List.of(https("-sps.corp.example", 5275))), STANDARD + "[0].host");
    }

    @Test
    void aDuplicateInTheStandardListIsAnErrorIgnoringCase() {
        Problem problem = assertOnlyErrorAt(TestPolicies.withSources(List.of(https("sps1.corp.example", 5275),
                https("sps2.corp.example", 5275), https("SPS1.Corp.Example", 5275))), STANDARD + "[2].host");

        assertMentions(problem, "duplicate", "standardList[0]");
    }

    @Test
    void theSameHostOnAnotherPortIsNoDuplicate() {
        assertNoProblems(TestPolicies.withSources(List.of(https("sps1.corp.example", 5275),
                https("sps1.corp.example", 5274))));
    }

    @Test
    void theSameHostOverAnotherProtocolOnTheSamePortIsADuplicate() {
        assertOnlyErrorAt(TestPolicies.withSources(List.of(https("sps1.corp.example", 5275),
                http("sps1.corp.example", 5275))), STANDARD + "[1].host");
    }

    @Test
    void aDuplicateInACustomListIsAnError() {
        Problem problem = assertOnlyErrorAt(TestPolicies.withSources(List.of(), customList("Branch", "10.20.0.0",
                "10.20.255.255", https("sps-lyon.corp.example", 5275), https("sps-lyon.corp.example", 5275))),
                CUSTOM + "[0].sources[1].host");

        assertMentions(problem, "duplicate", "sources[0]");
    }

    @Test
    void theSameSourceInTwoListsIsNoDuplicate() {
        // as in the sample: sps1 is in the standard list and in the branch office's custom list
        assertNoProblems(TestPolicies.withSources(List.of(https("sps1.corp.example", 5275)),
                customList("Branch A", "10.20.0.0", "10.20.255.255", https("sps1.corp.example", 5275)),
                customList("Branch B", "10.30.0.0", "10.30.255.255", https("sps1.corp.example", 5275))));
    }

    // DESIGN §2, Global Smart Protection Service proxy: "File-reputation SPS sources must use HTTPS for this to work";
    // R5: the features routed through the proxy query the integrated SPS. Issue 13 §7: the requirement applies only
    // where a feature actually uses the proxy, so the engine can show the https-required path: a warning, not an error.
    @Test
    void anHttpIntegratedSourceIsAWarningWhileTheBuiltInFeaturesUseTheGlobalProxy() {
        Policy policy = withGlobalProxyEnabled(TestPolicies.withSources(List.of(http("sps2.corp.example", 5274),
                integratedHttp("osce.corp.example", 4345))));

        Problem problem = assertOnlyWarningAt(policy, STANDARD + "[1].protocol");
        assertMentions(problem, "is HTTP", "Global Smart Protection Service proxy needs HTTPS",
                "Predictive Machine Learning, Behavior Monitoring", "https-required");
        assertTrue(PolicyValidator.isValid(policy));
    }

    @Test
    void aStandaloneHttpSourceIsNoProblem() {
        // the features query the integrated SPS; standalone sources are file and web reputation's, not the proxy's
        assertNoProblems(withGlobalProxyEnabled(TestPolicies.withSources(List.of(http("sps1.corp.example", 5274)),
                customList("Branch", "10.20.0.0", "10.20.255.255", http("sps-lyon.corp.example", 5274)))));
    }

    @Test
    void theFirstIntegratedSourceOfACustomListIsTheOneQueried() {
        Policy policy = withGlobalProxyEnabled(TestPolicies.withSources(List.of(https("sps1.corp.example", 5275)),
                customList("Branch", "10.20.0.0", "10.20.255.255", https("sps-lyon.corp.example", 5275),
                        integratedHttp("osce-lyon.corp.example", 4345), integratedHttp("osce2.corp.example", 4345))));

        assertOnlyWarningAt(policy, CUSTOM + "[0].sources[1].protocol");
        assertEquals(List.of(CUSTOM + "[0].sources[1]"),
                GlobalProxyHttps.queriedSources(policy).stream().map(QueriedSource::field).toList());
    }

    @Test
    void noFeatureUsingTheProxyMeansNoHttpsRequirement() {
        Policy policy = withGlobalProxyEnabled(TestPolicies.withSources(List.of(integratedHttp("osce.corp.example",
                4345))));
        Policy neither = policy.withGlobalSmartProtection(policy.globalSmartProtection()
                .withFeature(BuiltInFeatures.PREDICTIVE_MACHINE_LEARNING, OFF)
                .withFeature(BuiltInFeatures.BEHAVIOR_MONITORING, OFF));

        assertNoProblems(neither);
        assertEquals(List.of(), GlobalProxyHttps.featuresUsingTheProxy(neither));
        // a contributed feature set to use the proxy uses it
        Policy sandbox = neither.withGlobalSmartProtection(neither.globalSmartProtection()
                .withFeature("com.example.sandbox", FeatureSettings.VIA_GLOBAL_PROXY));
        assertMentions(assertOnlyWarningAt(sandbox, STANDARD + "[0].protocol"), "queries of com.example.sandbox ");
    }

    @Test
    void anIntegratedSpsOnTheBypassListIsQueriedDirectlyAndNeedsNoHttps() {
        Policy policy = withGlobalProxyEnabled(TestPolicies.withSources(List.of(integratedHttp("osce.corp.example",
                4345))));

        assertNoProblems(policy.withBypassList(List.of("*.corp.example")));
    }

    @Test
    void withTheGlobalProxyDisabledHttpSourcesAreValid() {
        Policy policy = TestPolicies.withSources(List.of(http("sps1.corp.example", 5274)),
                customList("Branch", "10.20.0.0", "10.20.255.255", http("sps-lyon.corp.example", 5274)));
        // a disabled proxy with its fields kept does not count
        Policy keptButDisabled = policy.withGlobalSmartProtection(new GlobalSmartProtectionScope(
                new ProxyEndpoint(false, "proxy.corp.example", 8080, null, null), Map.of()));

        assertNoProblems(policy);
        assertNoProblems(keptButDisabled);
    }

    private static final FeatureSettings OFF = new FeatureSettings(false, Map.of());

    private static SpsSource integratedHttp(String host, int port) {
        return new SpsSource(host, port, SpsProtocol.HTTP, true);
    }

    private static Policy withGlobalProxyEnabled(Policy policy) {
        return policy.withGlobalSmartProtection(new GlobalSmartProtectionScope(
                TestPolicies.proxy("proxy.corp.example", 8080), policy.globalSmartProtection().features()));
    }
}
