package org.agentproxy.policy.tests;

import static org.agentproxy.policy.tests.ProblemAssertions.assertMentions;
import static org.agentproxy.policy.tests.ProblemAssertions.assertNoProblems;
import static org.agentproxy.policy.tests.ProblemAssertions.assertOnlyErrorAt;

import org.agentproxy.policy.BuiltInFeatures;
import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ids of Smart Protection features routed through the global proxy. DESIGN §2: the Global Smart Protection Service
 * proxy is "used when agents query Smart Protection sources for Predictive Machine Learning and Behavior Monitoring
 * (and every feature contributed through the extension point)"; its fields include "per-feature routing".
 */
class FeatureIdValidationTest {

    private static Policy withFeature(String id) {
        Policy p = TestPolicies.valid();
        return p.withGlobalSmartProtection(p.globalSmartProtection().withFeature(id, FeatureSettings.VIA_GLOBAL_PROXY));
    }

    @ParameterizedTest
    @ValueSource(strings = { BuiltInFeatures.PREDICTIVE_MACHINE_LEARNING, BuiltInFeatures.BEHAVIOR_MONITORING,
            "com.example.sandbox", "a", "7zip-scan", "x.y-z.0" })
    void lowerCaseIdsAreValid(String id) {
        assertNoProblems(withFeature(id));
    }

    @Test
    void anIdOfAHundredCharactersIsValid() {
        assertNoProblems(withFeature("a".repeat(100)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Predictive", "under_score", "-leading", ".leading", "", "with space", "bücher", "a/b" })
    void otherIdsAreAnError(String id) {
        Problem problem = assertOnlyErrorAt(withFeature(id), "globalSmartProtection.features." + id);

        assertMentions(problem, "lower-case letters, digits, '.' or '-'");
    }

    @Test
    void anIdOfMoreThanAHundredCharactersIsAnError() {
        String id = "a".repeat(101);

        assertOnlyErrorAt(withFeature(id), "globalSmartProtection.features." + id);
    }
}
