package org.agentproxy.testing.bot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.testing.bot.BotTimeoutException;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.ScreenshotOnFailure;
import org.agentproxy.testing.bot.WidgetNotFoundException;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * What a failing UI test leaves behind: a one-line message for the Maven summary, the widget dump in the report, and
 * a screenshot of the screen as it was when the test failed — not after its cleanup.
 */
class FailureEvidenceTest extends FixtureTest {

    @TempDir
    Path dir;

    @Test
    void aTimeoutSaysWhatWasAwaitedInOneLineAndCarriesTheWidgetDump() {
        BotTimeoutException e = assertThrows(BotTimeoutException.class,
                () -> bot.waitUntil(Condition.of("the proxy to answer", () -> false), SHORT));
        assertFalse(e.getMessage().contains("\n"), "one line for the Maven summary: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("Timed out after 400 ms waiting for the proxy to answer"), e.getMessage());
        assertTrue(e.getMessage().contains("active shell:"), e.getMessage());
        String dump = e.widgetDump();
        assertTrue(dump.contains("Visible shells: '" + FixtureShell.TITLE + "'"), dump);
        assertTrue(dump.contains("Focus: "), dump);
        assertTrue(dump.contains("Label 'Name:'") && dump.contains("Button 'OK'"), dump);
    }

    @Test
    void aNotFoundErrorHasTheSameDumpAndTheReportPrintsIt() {
        WidgetNotFoundException e = assertThrows(WidgetNotFoundException.class,
                () -> bot.withTimeout(SHORT).textWithLabel("Password:"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        String report = stackTrace(e);
        assertTrue(report.contains("Suppressed: " + BotTimeoutException.WidgetDump.class.getName()
                + ": Visible shells: '" + FixtureShell.TITLE + "'"), report);
        assertTrue(report.contains("Label 'Name:'"), report);
    }

    @Test
    void aWidgetBotTimeoutHasTheDumpToo() {
        BotTimeoutException e = assertThrows(BotTimeoutException.class,
                () -> bot.withTimeout(SHORT).button("Apply").click());
        assertTrue(e.getMessage().contains("to become enabled"), e.getMessage());
        assertTrue(e.widgetDump().contains("Button 'Apply'"), e.widgetDump());
    }

    @Test
    void theScreenshotIsTakenAtTheMomentOfFailureBeforeAfterEachCleansUp() throws Exception {
        FixtureShell.disposeAll(display); // a clear screen but for the sample's red window
        List<String> events = run(false);

        assertEquals(List.of("screenshot", "afterEach"), events, "the picture came before the cleanup");
        Path png = dir.resolve("MomentOfFailureSample.failsWhileTheRedWindowIsOpen.png");
        assertTrue(Files.isRegularFile(png), png + " missing");
        assertTrue(redPixels(png) >= 200 * 100, "the picture shows the red window the test had open");
    }

    @Test
    void aFailingBeforeEachIsPicturedToo() throws Exception {
        FixtureShell.disposeAll(display);
        List<String> events = run(true);

        assertEquals(List.of("screenshot", "afterEach"), events);
        assertTrue(redPixels(dir.resolve("MomentOfFailureSample.failsWhileTheRedWindowIsOpen.png")) >= 200 * 100);
    }

    private List<String> run(boolean failInBeforeEach) {
        MomentOfFailureSample.EVENTS.clear();
        MomentOfFailureSample.failInBeforeEach = failInBeforeEach;
        String old = System.getProperty(ScreenshotOnFailure.DIRECTORY_PROPERTY);
        System.setProperty(ScreenshotOnFailure.DIRECTORY_PROPERTY, dir.toString());
        try {
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestEngineAutoRegistration(false).addTestEngines(new JupiterTestEngine()).build());
            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            launcher.execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClass(MomentOfFailureSample.class)).build(), summary);
            assertEquals(1, summary.getSummary().getTotalFailureCount(), "the sample fails once");
        } finally {
            MomentOfFailureSample.failInBeforeEach = false;
            if (old == null) {
                System.clearProperty(ScreenshotOnFailure.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(ScreenshotOnFailure.DIRECTORY_PROPERTY, old);
            }
        }
        return List.copyOf(MomentOfFailureSample.EVENTS);
    }

    private static int redPixels(Path png) {
        ImageData data = new ImageLoader().load(png.toString())[0];
        int red = 0;
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                if (rgb.red > 220 && rgb.green < 40 && rgb.blue < 40) {
                    red++;
                }
            }
        }
        return red;
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
