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
import org.agentproxy.smartprotection.FeatureSetting;
import org.agentproxy.smartprotection.FeatureSetting.Type;
import org.agentproxy.smartprotection.Routing;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.junit.jupiter.api.Test;

/** The example's contribution as the studio's registry reads it, and its validation with field paths. */
class SandboxFeatureTest {

    private static final FeatureRegistry REGISTRY = FeatureRegistry.platform();
    private static final String SIZE_PATH = "globalSmartProtection.features.sandbox-analysis.properties."
            + SandboxValidator.MAX_SAMPLE_SIZE;

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
                "org.agentproxy.example.sandbox", f.settings()), f);
    }

    @Test
    void itDeclaresTheSampleSizeAndTheRegion() {
        List<FeatureSetting> settings = REGISTRY.feature("sandbox-analysis").orElseThrow().settings();

        assertEquals(List.of(SandboxValidator.MAX_SAMPLE_SIZE, SandboxValidator.REGION),
                settings.stream().map(FeatureSetting::id).toList());
        FeatureSetting size = settings.get(0);
        assertEquals(List.of(Type.INTEGER, 1, 100, "32"), List.of(size.type(), size.min(), size.max(),
                size.defaultValue()));
        FeatureSetting region = settings.get(1);
        assertEquals(List.of(Type.CHOICE, List.of("eu", "us", "ap"), "eu"), List.of(region.type(), region.choices(),
                region.defaultValue()));
    }

    @Test
    void aSampleSizeOutOfRangeIsAProblemWithItsFieldPath() {
        List<Problem> problems = REGISTRY.problems(withSandbox(Map.of(SandboxValidator.MAX_SAMPLE_SIZE, "500")));

        assertEquals(List.of(new Problem(SIZE_PATH, Severity.ERROR, "must be a whole number from 1 to 100, not \"500\"")),
                problems);
    }

    @Test
    void aSampleSizeThatIsNoNumberAndAnUnknownRegionAreProblems() {
        List<Problem> problems = REGISTRY.problems(withSandbox(Map.of(SandboxValidator.MAX_SAMPLE_SIZE, "ten",
                SandboxValidator.REGION, "mars")));

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().endsWith("not \"ten\""), problems.get(0).message());
        assertEquals("must be one of eu, us, ap, not \"mars\"", problems.get(1).message());
    }

    @Test
    void theRegionApTakesSamplesOfAtMost50Mb() {
        assertEquals(List.of(new Problem(SIZE_PATH, Severity.ERROR,
                "the sandbox of the region ap takes samples of at most 50 MB, not 64")),
                REGISTRY.problems(withSandbox(Map.of(SandboxValidator.MAX_SAMPLE_SIZE, "64",
                        SandboxValidator.REGION, "ap"))));
        assertEquals(List.of(), REGISTRY.problems(withSandbox(Map.of(SandboxValidator.MAX_SAMPLE_SIZE, "50",
                SandboxValidator.REGION, "ap"))));
        assertEquals(List.of(), REGISTRY.problems(withSandbox(Map.of(SandboxValidator.MAX_SAMPLE_SIZE, "64"))));
    }

    @Test
    void theBoundsAndTheAbsentSettingAreFine() {
        for (String ok : List.of("1", "100")) {
            assertEquals(List.of(), REGISTRY.problems(withSandbox(Map.of(SandboxValidator.MAX_SAMPLE_SIZE, ok))));
        }
        assertEquals(List.of(), REGISTRY.problems(withSandbox(Map.of())));
    }
}
