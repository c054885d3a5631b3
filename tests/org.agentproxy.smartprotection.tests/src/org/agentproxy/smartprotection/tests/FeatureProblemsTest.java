package org.agentproxy.smartprotection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.policy.validation.Severity;
import org.agentproxy.smartprotection.FeatureProvider;
import org.agentproxy.smartprotection.FeatureSetting;
import org.agentproxy.smartprotection.FeatureSetting.Type;
import org.agentproxy.smartprotection.FeatureValidator;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.agentproxy.smartprotection.internal.ExtensionFeatureRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code FeatureRegistry.problems}: every installed feature's own validation of a policy, with field paths. */
class FeatureProblemsTest {

    private final ExtensionFeatureRegistry registry = new ExtensionFeatureRegistry(RegistryFactory.getRegistry(),
            message -> { });

    @AfterEach
    void dispose() {
        registry.dispose();
    }

    private static Policy with(String featureId, FeatureSettings settings) {
        Policy p = Policy.create("Test", new HostPort("osce.example", 4343));
        return p.withGlobalSmartProtection(p.globalSmartProtection().withFeature(featureId, settings));
    }

    @Test
    void aMessageWithoutAFieldIsAProblemOfTheFeature() {
        assertEquals(List.of(new Problem("globalSmartProtection.features.fixture-reputation", Severity.ERROR,
                "Fixture Reputation needs an endpoint")),
                registry.problems(with("fixture-reputation", new FeatureSettings(false, Map.of()))));
    }

    @Test
    void aMessageStartingWithAFieldIsAProblemOfThatField() {
        SmartProtectionFeature feature = FeatureProviderTest.SANDBOX;
        registry.addProvider(new FeatureProvider() {
            @Override
            public List<SmartProtectionFeature> features() {
                return List.of(feature);
            }

            @Override
            public List<String> validate(String featureId, FeatureSettings settings) {
                return List.of("useGlobalProxy: must be on", "properties.region: must be eu or us, not \"mars\"");
            }
        });

        assertEquals(List.of(
                new Problem("globalSmartProtection.features.provided-sandbox.useGlobalProxy", Severity.ERROR,
                        "must be on"),
                new Problem("globalSmartProtection.features.provided-sandbox.properties.region", Severity.ERROR,
                        "must be eu or us, not \"mars\"")),
                registry.problems(with(feature.id(), new FeatureSettings(false, Map.of("region", "mars")))));
    }

    @Test
    void settingsOfAFeatureWhosePlugInIsAbsentAreNotChecked() {
        assertEquals(List.of(), registry.problems(with("retired-feature", new FeatureSettings(true, Map.of()))));
    }

    /** A provided feature with two declared settings with defaults, validated by {@code validation}. */
    private void provide(java.util.function.Function<FeatureSettings, List<String>> validation) {
        SmartProtectionFeature feature = new SmartProtectionFeature("provided-defaults", "Provided Defaults", "",
                null, null, org.agentproxy.smartprotection.Routing.GLOBAL_PROXY, false, "test", List.of(
                        new FeatureSetting("timeout", "Timeout (s):", "", Type.INTEGER, "30", 1, 300, List.of()),
                        new FeatureSetting("cache", "Cache answers", "", Type.BOOLEAN, "true", null, null,
                                List.of())));
        registry.addProvider(new FeatureProvider() {
            @Override
            public List<SmartProtectionFeature> features() {
                return List.of(feature);
            }

            @Override
            public List<String> validate(String featureId, FeatureSettings settings) {
                return validation.apply(settings);
            }
        });
    }

    @Test
    void theOwnValidationSeesTheDeclaredDefaultsOfWhatThePolicyLeavesUnset() {
        List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
        provide(settings -> {
            seen.add(settings.properties());
            return List.of();
        });

        registry.problems(with("provided-defaults", new FeatureSettings(true, Map.of("timeout", "90"))));

        assertEquals(List.of(Map.of("timeout", "90", "cache", "true")), seen);
    }

    @Test
    void aMessageMadeWithWarningIsAWarningOfItsFieldAndAnyOtherAnError() {
        provide(settings -> List.of(FeatureValidator.warning("properties.timeout: a long wait"),
                "properties.cache: must be on", FeatureValidator.warning("check the service")));
        String path = "globalSmartProtection.features.provided-defaults";

        assertEquals(List.of(new Problem(path + ".properties.timeout", Severity.WARNING, "a long wait"),
                new Problem(path + ".properties.cache", Severity.ERROR, "must be on"),
                new Problem(path, Severity.WARNING, "check the service")),
                registry.problems(with("provided-defaults", new FeatureSettings(true, Map.of()))));
    }
}
