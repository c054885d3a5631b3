package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.testing.bot.TableBot;
import org.junit.jupiter.api.Test;

/**
 * The Global Smart Protection Service page lists what the feature registry holds (the built-in contributions and
 * this bundle's fixture) and the policy's features whose plug-in is absent.
 */
class SmartProtectionFeaturesEditorTest extends EditorTestSupport {

    private static final String PAGE = "Global Smart Protection Service";
    private static final String TABLE = "globalSmartProtection.features";

    @Test
    void installedFeaturesShowTheirNameAndDescription() {
        TableBot table = editor.page(PAGE).table(TABLE);

        assertEquals("Predictive Machine Learning   (predictive-machine-learning)", table.cell(0, 0));
        assertTrue(table.cell(0, 1).startsWith("Advanced machine learning"), table.cell(0, 1));
        int fixture = table.rowWithCell(0, "UI Fixture Sandbox   (ui-fixture-sandbox)");
        assertTrue(fixture > 1, "the fixture comes after the policy's features");
        assertEquals("Submits samples to a test sandbox.", table.cell(fixture, 1));
    }

    /** A feature the policy has no settings for uses the proxy (R5): its box is checked (grayed) until set. */
    @Test
    void anInstalledFeatureThePolicyLacksIsRoutedByDefaultAndClearingItsBoxKeepsItOffTheProxy() throws Exception {
        TableBot table = editor.page(PAGE).table(TABLE);
        int fixture = table.rowWithCell(0, "UI Fixture Sandbox   (ui-fixture-sandbox)");
        assertTrue(table.isChecked(fixture));

        table.toggleCheck(fixture);
        editor.save();

        assertEquals(new FeatureSettings(false, Map.of()),
                onDisk().globalSmartProtection().features().get("ui-fixture-sandbox"));
    }

    @Test
    void aFeatureWhosePlugInIsAbsentIsMarkedAndItsSettingsSurviveASave() throws Exception {
        Policy policy = onDisk();
        FeatureSettings retired = new FeatureSettings(true, Map.of("region", "eu"));
        Files.writeString(file, PolicyCodec.write(policy.withGlobalSmartProtection(
                policy.globalSmartProtection().withFeature("retired-feature", retired))));
        TableBot table = closeAndReopen().page(PAGE).table(TABLE);

        assertEquals("retired-feature   (plug-in not installed)", table.cell(2, 0));
        assertTrue(table.isChecked(2));
        table.toggleCheck(0);
        studio.editor().save();

        assertEquals(retired, onDisk().globalSmartProtection().features().get("retired-feature"));
        assertFalse(onDisk().globalSmartProtection().features().get("predictive-machine-learning").useGlobalProxy());
    }
}
