package org.agentproxy.policy.tests;

import static org.agentproxy.policy.tests.ProblemAssertions.assertErrorsAt;
import static org.agentproxy.policy.tests.ProblemAssertions.assertMentions;
import static org.agentproxy.policy.tests.ProblemAssertions.assertNoProblems;
import static org.agentproxy.policy.tests.ProblemAssertions.assertOnlyErrorAt;
import static org.agentproxy.policy.tests.TestPolicies.customList;
import static org.agentproxy.policy.tests.TestPolicies.http;
import static org.agentproxy.policy.tests.TestPolicies.https;

import java.util.List;
import java.util.Map;

import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
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

    // DESIGN §2, Global Smart Protection Service proxy: "File-reputation SPS sources must use HTTPS for this to work"
    @Test
    void withTheGlobalProxyEnabledEveryStandardSourceNeedsHttps() {
        Policy policy = withGlobalProxyEnabled(TestPolicies.withSources(List.of(https("sps1.corp.example", 5275),
                http("sps2.corp.example", 5274))));

        Problem problem = assertOnlyErrorAt(policy, STANDARD + "[1].protocol");
        assertMentions(problem, "must be HTTPS", "Global Smart Protection Service proxy");
    }

    @Test
    void withTheGlobalProxyEnabledEveryCustomSourceNeedsHttps() {
        Policy policy = withGlobalProxyEnabled(TestPolicies.withSources(List.of(https("sps1.corp.example", 5275)),
                customList("Branch", "10.20.0.0", "10.20.255.255", https("sps-lyon.corp.example", 5275),
                        new SpsSource("osce-lyon.corp.example", 4345, SpsProtocol.HTTP, true))));

        assertOnlyErrorAt(policy, CUSTOM + "[0].sources[1].protocol");
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

    private static Policy withGlobalProxyEnabled(Policy policy) {
        return policy.withGlobalSmartProtection(new GlobalSmartProtectionScope(
                TestPolicies.proxy("proxy.corp.example", 8080), policy.globalSmartProtection().features()));
    }
}
