package org.agentproxy.smartprotection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.policy.validation.Severity;
import org.agentproxy.smartprotection.FeatureSetting;
import org.agentproxy.smartprotection.Routing;
import org.agentproxy.smartprotection.FeatureSetting.Type;
import org.agentproxy.smartprotection.SkippedDeclaration;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.agentproxy.smartprotection.internal.ExtensionFeatureRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Declared settings ({@code <setting>} of the fixture {@code fixture-settings}): read, skipped when invalid, checked. */
class FeatureSettingsTest {

    private static final String PATH = "globalSmartProtection.features.fixture-settings.properties.";

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final ExtensionFeatureRegistry registry = new ExtensionFeatureRegistry(RegistryFactory.getRegistry(),
            log::add);

    @AfterEach
    void dispose() {
        registry.dispose();
    }

    private SmartProtectionFeature feature() {
        return registry.feature("fixture-settings").orElseThrow();
    }

    private List<Problem> problems(Map<String, String> properties) {
        Policy p = Policy.create("Test", new HostPort("osce.example", 4343));
        return registry.problems(p.withGlobalSmartProtection(p.globalSmartProtection()
                .withFeature("fixture-settings", new FeatureSettings(true, properties))));
    }

    @Test
    void validDeclarationsAreReadInOrderWithWhatTheyDeclare() {
        assertEquals(List.of(
                new FeatureSetting("endpoint", "Endpoint:", "Where lookups go.", Type.STRING, null, null, null,
                        List.of()),
                new FeatureSetting("sizeMb", "Size (MB):", "", Type.INTEGER, "32", 1, 100, List.of()),
                new FeatureSetting("enabled", "Enabled", "", Type.BOOLEAN, "true", null, null, List.of()),
                new FeatureSetting("region", "Region:", "", Type.CHOICE, "eu", null, null, List.of("eu", "us", "ap")),
                new FeatureSetting("untyped", "Untyped:", "", Type.STRING, null, null, null, List.of())),
                feature().settings());
    }

    @Test
    void invalidDeclarationsAreSkippedAndLoggedWithTheirBundleAndReason() {
        feature();

        assertLogged("type must be string, integer, boolean or choice, not \"colour\"");
        assertLogged("setting bad-range: min 10 is greater than max 1");
        assertLogged("setting bad-min: min must be a whole number, not \"one\"");
        assertLogged("setting bad-default: its default must be a whole number of at most 5, not \"6\"");
        assertLogged("setting no-choices is a choice without choices");
        assertLogged("setting no-label has no label");
        assertLogged("setting endpoint is declared twice");
    }

    @Test
    void theRegistryListsWhatItLeftOutWithBundleFeatureSettingAndReason() {
        String bundle = "org.agentproxy.smartprotection.tests";

        List<SkippedDeclaration> skipped = registry.skipped();

        assertTrue(skipped.contains(new SkippedDeclaration(bundle, "fixture-settings", "bad-range",
                "setting bad-range: min 10 is greater than max 1")), skipped.toString());
        assertTrue(skipped.contains(new SkippedDeclaration(bundle, "fixture-bad-routing", null,
                "routing must be global-proxy or sps-lists, not \"carrier-pigeon\"")), skipped.toString());
        assertTrue(skipped.contains(new SkippedDeclaration(bundle, "fixture-minimal", null,
                "duplicate feature id fixture-minimal (already contributed by " + bundle + ", which is kept)")),
                skipped.toString());
        assertEquals(log, skipped.stream().map(SkippedDeclaration::message).toList());
    }

    @Test
    void valuesOfTheWrongTypeOrOutOfRangeAreProblemsOfTheirProperty() {
        assertEquals(List.of(
                new Problem(PATH + "sizeMb", Severity.ERROR, "must be a whole number from 1 to 100, not \"0\""),
                new Problem(PATH + "enabled", Severity.ERROR, "must be true or false, not \"yes\""),
                new Problem(PATH + "region", Severity.ERROR, "must be one of eu, us, ap, not \"mars\"")),
                problems(Map.of("sizeMb", "0", "enabled", "yes", "region", "mars", "endpoint", "anything")));
        assertEquals(1, problems(Map.of("sizeMb", "ten")).size());
    }

    @Test
    void validValuesUnsetSettingsAndUndeclaredPropertiesAreFine() {
        assertEquals(List.of(), problems(Map.of("sizeMb", "100", "enabled", "false", "region", "ap")));
        assertEquals(List.of(), problems(Map.of()));
        assertEquals(List.of(), problems(Map.of("x-written-by-a-newer-version", "1")));
    }

    @Test
    void theDeclaredChecksComeBeforeTheFeaturesOwnValidation() {
        assertTrue(registry.validate("fixture-reputation", FeatureSettings.VIA_GLOBAL_PROXY).contains(
                "Fixture Reputation needs an endpoint"));
        assertEquals(List.of("properties.sizeMb: must be a whole number from 1 to 100, not \"101\""),
                registry.validate("fixture-settings", new FeatureSettings(false, Map.of("sizeMb", "101"))));
    }

    @Test
    void aProgrammaticDeclarationIsCheckedToo() {
        assertThrows(IllegalArgumentException.class,
                () -> new FeatureSetting("size", "Size:", "", Type.INTEGER, null, null, null, List.of("a")));
        assertThrows(IllegalArgumentException.class,
                () -> new FeatureSetting("size", "Size:", "", Type.STRING, null, 1, null, List.of()));
        assertEquals("32", feature().setting("sizeMb").orElseThrow().valueIn(Map.of()));
        assertEquals("7", feature().setting("sizeMb").orElseThrow().valueIn(Map.of("sizeMb", "7")));
    }

    @Test
    void aProvidersFeatureDeclaresSettingsToo() {
        SmartProtectionFeature provided = new SmartProtectionFeature("provided-settings", "Provided", "", null, null,
                Routing.GLOBAL_PROXY, true, "a.provider", List.of(new FeatureSetting("level", "Level:", "",
                        Type.CHOICE, "low", null, null, List.of("low", "high"))));
        registry.addProvider(() -> List.of(provided));

        assertEquals(provided.settings(), registry.feature("provided-settings").orElseThrow().settings());
        assertEquals(List.of("properties.level: must be one of low, high, not \"max\""),
                registry.validate("provided-settings", new FeatureSettings(true, Map.of("level", "max"))));
    }

    private void assertLogged(String problem) {
        assertTrue(log.stream().anyMatch(m -> m.contains("contributed by " + FeatureRegistryTest.TESTS)
                && m.contains("fixture-settings") && m.contains(problem)), "no log of \"" + problem + "\" in " + log);
    }
}
