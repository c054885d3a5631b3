package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Map;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.TableBot;
import org.agentproxy.testing.bot.TextBot;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.junit.jupiter.api.Test;

/**
 * The settings a feature declares (the example's Sandbox Analysis: {@code maxSampleSizeMb}, integer 1–100, and
 * {@code sandboxRegion}, eu/us/ap) are edited below the feature table of the Global Smart Protection Service page.
 */
class FeatureSettingsUiTest extends EditorTestSupport {

    private static final String PAGE = "Global Smart Protection Service";
    private static final String PAGE_ID = "org.agentproxy.scope.smartprotection.page";
    private static final String TABLE = "globalSmartProtection.features";
    private static final String SANDBOX = "Sandbox Analysis   (sandbox-analysis)";
    private static final String SIZE = TABLE + ".sandbox-analysis.properties.maxSampleSizeMb";
    private static final String REGION = TABLE + ".sandbox-analysis.properties.sandboxRegion";
    /** How the page names the sample size setting in a problem (the page, the section, the feature, the setting). */
    private static final String SIZE_NAMED = "Global Smart Protection Service \u203A Features routed through the proxy "
            + "\u203A Sandbox Analysis \u203A Largest sample (MB)";

    private ScopePageBot selectSandbox() {
        ScopePageBot page = editor.page(PAGE);
        TableBot table = page.table(TABLE);
        table.select(table.rowWithCell(0, SANDBOX));
        return page;
    }

    private void waitForStatus(ScopePageBot page, String description, java.util.function.Predicate<String> test) {
        studio.bot().waitUntil(Condition.of(description, () -> test.test(page.status(PAGE_ID))));
    }

    @Test
    void aDeclaredIntegerIsCheckedSavedAndUndone() throws Exception {
        ScopePageBot page = selectSandbox();
        assertEquals("", page.text(SIZE).getText(), "unset: the field is empty and hints at the default");
        assertEquals("eu", page.combo(REGION).getText(), "unset: the combo shows the default");

        page.set(SIZE, "0");
        waitForStatus(page, "the page names the range problem",
                s -> s.contains(SIZE_NAMED + ": must be a whole number from 1 to 100, not \"0\""));

        page.set(SIZE, "ten");
        waitForStatus(page, "the page refuses letters",
                s -> s.equals("Not applied: Largest sample (MB) must be a whole number, not \"ten\""));

        page.set(SIZE, "64");
        waitForStatus(page, "the problem is gone", s -> !s.contains(SIZE_NAMED) && !s.startsWith("Not applied"));
        editor.save();
        assertTrue(Files.readString(file).contains("\"maxSampleSizeMb\" : \"64\""), Files.readString(file));

        editor.undo(); // typing 0, ten (refused) and 64 into the field without leaving it is one edit
        assertEquals("", page.text(SIZE).getText());
        editor.redo();
        assertEquals("64", page.text(SIZE).getText());
        page.set(SIZE, "");
        editor.save();
        assertEquals(Map.of(), settings().properties(), "an empty field removes the property: the default applies");
    }

    @Test
    void theChoiceAndTheExamplesCrossFieldRule() throws Exception {
        ScopePageBot page = selectSandbox();
        page.set(SIZE, "64");
        page.combo(REGION).select("ap");

        waitForStatus(page, "the example's own rule names the sample size",
                s -> s.contains(SIZE_NAMED) && s.contains("the sandbox of the region ap takes samples of at most 50 MB, not 64"));
        assertTrue(studio.problems().fields().contains(SIZE), "Policy Problems lists it too");
        page.combo(REGION).select("us");
        waitForStatus(page, "the rule is kept", s -> !s.contains(SIZE_NAMED));
        editor.save();
        assertEquals(Map.of("maxSampleSizeMb", "64", "sandboxRegion", "us"), settings().properties());
    }

    @Test
    void theFieldsFollowThePolicyAndAFeatureWithoutPlugInKeepsItsProperties() throws Exception {
        Policy policy = onDisk();
        Files.writeString(file, PolicyCodec.write(policy.withGlobalSmartProtection(policy.globalSmartProtection()
                .withFeature("sandbox-analysis", new FeatureSettings(true, Map.of("maxSampleSizeMb", "12")))
                .withFeature("retired-feature", new FeatureSettings(true, Map.of("level", "3"))))));
        editor = closeAndReopen();
        ScopePageBot page = selectSandbox();
        assertEquals("12", page.text(SIZE).getText());

        TableBot table = page.table(TABLE);
        table.select(table.rowWithCell(0, "retired-feature   (plug-in not installed)"));
        TextBot kept = page.text("globalSmartProtection.features.retired-feature.properties.level");
        assertEquals("3", kept.getText(), "the property the studio cannot edit is shown");
        assertFalse(kept.isEditable(), "and not editable");
        page.set("globalSmartProtection.proxy.host", "gsps.corp.example");
        editor.save();

        assertEquals(Map.of("level", "3"), onDisk().globalSmartProtection().features().get("retired-feature")
                .properties());
    }

    private FeatureSettings settings() throws Exception {
        return onDisk().globalSmartProtection().features().get("sandbox-analysis");
    }
}
