package org.agentproxy.ui.tests;

import java.nio.file.Path;

import org.agentproxy.policy.store.PolicyWorkspace;
import org.agentproxy.testing.bot.ScreenshotOnFailure;
import org.agentproxy.ui.tests.bots.StudioBot;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the studio's UI tests: the real application, a scripted answer to the native file dialog, a screenshot
 * of the screen when a test fails, and the sample policy open before each test.
 */
abstract class StudioTestSupport {

    @RegisterExtension
    static final ScreenshotOnFailure SCREENSHOTS = new ScreenshotOnFailure(
            () -> PlatformUI.getWorkbench().getDisplay());

    static ScriptedFileChooser chooser;
    StudioBot studio;

    @BeforeAll
    static void registerChooser() {
        chooser = ScriptedFileChooser.register();
    }

    @AfterAll
    static void unregisterChooser() {
        chooser.close();
    }

    @BeforeEach
    void openTheSample() {
        studio = StudioBot.find();
        if (!studio.statusLine().contains(PolicyWorkspace.SAMPLE_NAME)) {
            chooser.answer(samplePath());
            studio.openPolicy(PolicyWorkspace.SAMPLE_NAME);
        }
    }

    /** The sample policy the studio put into its workspace (the instance location) on first start. */
    static Path samplePath() {
        Path workspace = Path.of(Platform.getInstanceLocation().getURL().getPath());
        return workspace.resolve("policies").resolve(PolicyWorkspace.SAMPLE_NAME);
    }
}
