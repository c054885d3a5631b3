package org.agentproxy.smartprotection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.agentproxy.policy.BuiltInFeatures;
import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.Routing;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.agentproxy.smartprotection.internal.ExtensionFeatureRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The registry over the platform's extension registry: the built-in contributions and this bundle's fixtures. */
class FeatureRegistryTest {

    static final String TESTS = "org.agentproxy.smartprotection.tests";

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final ExtensionFeatureRegistry registry = new ExtensionFeatureRegistry(RegistryFactory.getRegistry(),
            log::add);

    @AfterEach
    void dispose() {
        registry.dispose();
    }

    @Test
    void theBuiltInFeaturesAreContributionsOfTheExtensionPoint() {
        SmartProtectionFeature pml = registry.feature(BuiltInFeatures.PREDICTIVE_MACHINE_LEARNING).orElseThrow();
        SmartProtectionFeature bm = registry.feature(BuiltInFeatures.BEHAVIOR_MONITORING).orElseThrow();

        assertEquals("Predictive Machine Learning", pml.name());
        assertEquals("Behavior Monitoring", bm.name());
        assertEquals(Routing.GLOBAL_PROXY, bm.routing());
        assertTrue(pml.requiresHttps());
        assertEquals("org.agentproxy.smartprotection", pml.contributor());
        assertEquals("icons/pml.png", pml.icon());
    }

    @Test
    void featuresComeInTheOrderOfTheirBundlesThenOfDeclaration() {
        List<String> ids = registry.features().stream().map(SmartProtectionFeature::id).toList();

        assertEquals(List.of(BuiltInFeatures.PREDICTIVE_MACHINE_LEARNING, BuiltInFeatures.BEHAVIOR_MONITORING,
                "fixture-reputation", "fixture-minimal", "fixture-bad-class", "fixture-throwing", "fixture-settings"),
                ids);
    }

    @Test
    void aValidContributionKeepsWhatItDeclares() {
        SmartProtectionFeature f = registry.feature("fixture-reputation").orElseThrow();

        assertEquals(new SmartProtectionFeature("fixture-reputation", "Fixture Reputation", "A feature of the tests.",
                null, "fixture-lookup", Routing.SPS_LISTS, false, TESTS), f);
    }

    @Test
    void optionalAttributesHaveTheirDocumentedDefaults() {
        SmartProtectionFeature f = registry.feature("fixture-minimal").orElseThrow();

        assertEquals("fixture-minimal", f.purpose());
        assertEquals("", f.description());
        assertFalse(f.requiresHttps());
    }

    @Test
    void invalidContributionsAreSkippedAndLoggedWithTheirBundle() {
        registry.features();

        assertTrue(registry.feature("fixture-bad-routing").isEmpty());
        assertLogged("attribute 'id' is missing");
        assertLogged("routing must be global-proxy or sps-lists, not \"carrier-pigeon\"");
        assertLogged("id \"Fixture Bad Id\" is not lower-case letters");
    }

    @Test
    void aRepeatedIdIsSkippedAndTheFirstContributionKept() {
        assertEquals("Behavior Monitoring", registry.feature(BuiltInFeatures.BEHAVIOR_MONITORING).orElseThrow().name());
        assertEquals("Fixture Minimal", registry.feature("fixture-minimal").orElseThrow().name());
        assertLogged("duplicate feature id behavior-monitoring (already contributed by org.agentproxy.smartprotection");
        assertLogged("duplicate feature id fixture-minimal");
    }

    @Test
    void theContributedClassValidatesTheFeaturesSettings() {
        assertEquals(List.of("Fixture Reputation needs an endpoint"),
                registry.validate("fixture-reputation", FeatureSettings.VIA_GLOBAL_PROXY));
        assertEquals(List.of(), registry.validate("fixture-reputation",
                new FeatureSettings(true, Map.of("endpoint", "https://lookup.example"))));
    }

    @Test
    void aClassThatIsNoValidatorIsLoggedAndValidatesNothing() {
        assertEquals(List.of(), registry.validate("fixture-bad-class", FeatureSettings.VIA_GLOBAL_PROXY));
        assertTrue(log.stream().anyMatch(m -> m.contains(TESTS) && m.contains("FeatureValidator")), log.toString());
    }

    @Test
    void featuresWithoutAClassOrNotInstalledHaveNoExtraValidation() {
        assertEquals(List.of(), registry.validate("fixture-minimal", FeatureSettings.VIA_GLOBAL_PROXY));
        assertEquals(List.of(), registry.validate("not-installed", FeatureSettings.VIA_GLOBAL_PROXY));
    }

    private void assertLogged(String problem) {
        assertTrue(log.stream().anyMatch(m -> m.contains("contributed by " + TESTS) && m.contains(problem)),
                "no log of \"" + problem + "\" in " + log);
    }
}
