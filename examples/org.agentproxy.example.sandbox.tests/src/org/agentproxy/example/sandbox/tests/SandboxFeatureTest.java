package org.agentproxy.example.sandbox.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.agentproxy.example.sandbox.SandboxValidator;
import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.policy.validation.Severity;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.smartprotection.Routing;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.junit.jupiter.api.Test;

/** The example's contribution as the studio's registry reads it, and its validation with field paths. */
class SandboxFeatureTest {

    private static final FeatureRegistry REGISTRY = FeatureRegistry.platform();

    private static Policy withSandbox(Map<String, String> properties) {
        Policy p = Policy.create("Sandbox", new HostPort("osce.example", 4343));
        return p.withGlobalSmartProtection(p.globalSmartProtection().withFeature("sandbox-analysis",
                new FeatureSettings(true, properties)));
    }

    @Test
    void theContributionDeclaresTheGlobalProxyAndHttps() {
        SmartProtectionFeature f = REGISTRY.feature("sandbox-analysis").orElseThrow();

        assertEquals(new SmartProtectionFeature("sandbox-analysis", "Sandbox Analysis", f.description(),
                "icons/sandbox.png", "sandbox-submission", Routing.GLOBAL_PROXY, true,
                "org.agentproxy.example.sandbox"), f);
    }

    @Test
    void aSampleSizeOutOfRangeIsAProblemWithItsFieldPath() {
        List<Problem> problems = REGISTRY.problems(withSandbox(Map.of(SandboxValidator.MAX_SAMPLE_SIZE, "500")));

        assertEquals(List.of(new Problem("globalSmartProtection.features.sandbox-analysis.properties.maxSampleSizeMb",
                Severity.ERROR, "must be a whole number of megabytes from 1 to 100, not \"500\"")), problems);
    }

    @Test
    void aSampleSizeThatIsNoNumberIsAProblem() {
        List<Problem> problems = REGISTRY.problems(withSandbox(Map.of(SandboxValidator.MAX_SAMPLE_SIZE, "ten")));

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().endsWith("not \"ten\""), problems.get(0).message());
    }

    @Test
    void theBoundsAndTheAbsentSettingAreFine() {
        for (String ok : List.of("1", "100")) {
            assertEquals(List.of(), REGISTRY.problems(withSandbox(Map.of(SandboxValidator.MAX_SAMPLE_SIZE, ok))));
        }
        assertEquals(List.of(), REGISTRY.problems(withSandbox(Map.of())));
    }
}
