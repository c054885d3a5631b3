package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.TableBot;
import org.agentproxy.ui.tests.bots.ConnectionPathsBot;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The example plug-in org.agentproxy.example.sandbox (in this test runtime, as if installed): it shows up in the
 * Global Smart Protection Service page with its icon, in the Policy Explorer and in Connection Paths; uninstalling its
 * bundle at runtime takes it out of them, and its settings in the policy survive a save.
 */
class SandboxExampleUiTest extends EditorTestSupport {

    private static final String BUNDLE = "org.agentproxy.example.sandbox";
    private static final String PAGE = "Global Smart Protection Service";
    private static final String TABLE = "globalSmartProtection.features";
    private static final String SANDBOX = "Sandbox Analysis   (sandbox-analysis)";
    private static final String ABSENT = "sandbox-analysis   (plug-in not installed)";
    private static final String PURPOSE = "sandbox-submission";

    @Test
    void theExampleIsListedWithItsDescriptionAndItsOwnIcon() {
        TableBot table = editor.page(PAGE).table(TABLE);

        int row = table.rowWithCell(0, SANDBOX);
        assertTrue(row >= 0, "the example is listed");
        assertEquals("Submits suspicious samples to a cloud sandbox, which runs them and reports what they do.",
                table.cell(row, 1));
        ImageData sandbox = table.image(row, 0);
        ImageData pml = table.image(table.rowWithCell(0, "Predictive Machine Learning   (predictive-machine-learning)"),
                0);
        ImageData bm = table.image(table.rowWithCell(0, "Behavior Monitoring   (behavior-monitoring)"), 0);
        for (ImageData icon : List.of(sandbox, pml, bm)) {
            assertNotNull(icon);
            assertEquals("16x16", icon.width + "x" + icon.height);
        }
        assertFalse(Arrays.equals(sandbox.data, pml.data));
        assertFalse(Arrays.equals(sandbox.data, bm.data));
        assertFalse(Arrays.equals(pml.data, bm.data));
    }

    @Test
    void uninstallingTheBundleRemovesTheExampleButKeepsItsSettings() throws Exception {
        FeatureSettings settings = new FeatureSettings(true, Map.of("maxSampleSizeMb", "32"));
        Policy policy = onDisk();
        Files.writeString(file, PolicyCodec.write(policy.withGlobalSmartProtection(
                policy.globalSmartProtection().withFeature("sandbox-analysis", settings))));
        editor = closeAndReopen();
        assertEquals(SANDBOX, editor.page(PAGE).table(TABLE).cell(2, 0));
        assertTrue(studio.explorer().children("Global Smart Protection Service proxy", "Features").contains("Sandbox Analysis"));
        ConnectionPathsBot paths = studio.connectionPaths();
        paths.waitForOutcome(PURPOSE, 2, "ok");
        assertEquals("global-sps (proxy.corp.example:8080)", paths.attemptIds(PURPOSE, 2)[2]);
        assertEquals("Sandbox Analysis", paths.attempt(PURPOSE, 2)[0], "a contributed feature is named by its declaration");

        Bundle bundle = Platform.getBundle(BUNDLE);
        String location = "reference:" + FileLocator.getBundleFileLocation(bundle).orElseThrow().toURI();
        bundle.uninstall();
        try {
            studio.bot().waitUntil(Condition.of("Connection Paths drops the example",
                    () -> paths.attempt(PURPOSE, 1) == null));
            assertTrue(paths.status().contains("Not simulated: sandbox-analysis (its plug-in is not installed)."),
                    paths.status());
            studio.closeView("org.agentproxy.simulation.ui.connectionPaths");
            TableBot table = editor.page(PAGE).table(TABLE);
            studio.bot().waitUntil(Condition.of("the page marks the example as absent",
                    () -> table.cell(2, 0).equals(ABSENT)));
            assertTrue(table.isChecked(2));
            assertTrue(studio.explorer().children("Global Smart Protection Service proxy", "Features")
                    .contains("sandbox-analysis (plug-in not installed)"));

            table.toggleCheck(0);
            editor.save();
            TableBot reopened = closeAndReopen().page(PAGE).table(TABLE);

            assertEquals(settings, onDisk().globalSmartProtection().features().get("sandbox-analysis"));
            assertEquals(ABSENT, reopened.cell(2, 0));
        } finally {
            reinstall(location);
        }
        studio.bot().waitUntil(Condition.of("the reinstalled example is listed again",
                () -> studio.editor().page(PAGE).table(TABLE).cell(2, 0).equals(SANDBOX)));
    }

    @Test
    void theExamplesOwnProblemsComeAndGoWithItsBundle() throws Exception {
        Policy policy = onDisk();
        Files.writeString(file, PolicyCodec.write(policy.withGlobalSmartProtection(policy.globalSmartProtection()
                .withFeature("sandbox-analysis", new FeatureSettings(true, Map.of("maxSampleSizeMb", "0"))))));
        editor = closeAndReopen();
        String field = "globalSmartProtection.features.sandbox-analysis.properties.maxSampleSizeMb";
        assertTrue(studio.problems().fields().contains(field), "the example's validator reports its setting");

        Bundle bundle = Platform.getBundle(BUNDLE);
        String location = "reference:" + FileLocator.getBundleFileLocation(bundle).orElseThrow().toURI();
        bundle.uninstall();
        try {
            TableBot table = editor.page(PAGE).table(TABLE);
            studio.bot().waitUntil(Condition.of("the page marks the example as absent",
                    () -> table.cell(2, 0).equals(ABSENT)));
            studio.bot().waitUntil(Condition.of("Policy Problems drops the absent plug-in's problem, without an edit",
                    () -> !studio.problems().fields().contains(field)));
        } finally {
            reinstall(location);
        }
        studio.bot().waitUntil(Condition.of("the reinstalled plug-in's problem is back, without an edit",
                () -> studio.problems().fields().contains(field)));
    }

    /** Installs the bundle again and resolves it, so that its contribution comes back for the other tests. */
    private static void reinstall(String location) throws Exception {
        BundleContext context = FrameworkUtil.getBundle(SandboxExampleUiTest.class).getBundleContext();
        Bundle again = context.installBundle(location);
        assertTrue(context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(List.of(again)));
    }
}
