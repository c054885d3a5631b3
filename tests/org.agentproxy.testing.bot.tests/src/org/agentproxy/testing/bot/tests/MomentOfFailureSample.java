package org.agentproxy.testing.bot.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.agentproxy.testing.bot.ScreenshotOnFailure;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Not a test of the build (its name matches no test pattern): {@link FailureEvidenceTest} runs it through the JUnit
 * launcher. Its test fails while a red window is open; its {@code @AfterEach} closes the window, as a test's cleanup
 * closes dialogs and reverts editors. The screenshot must show the red window.
 */
class MomentOfFailureSample {

    static final List<String> EVENTS = new CopyOnWriteArrayList<>();
    static volatile boolean failInBeforeEach;

    /** Writes to the directory of system property {@code agentproxy.screenshots}, set by the running test. */
    @RegisterExtension
    static final ScreenshotOnFailure SCREENSHOTS = new ScreenshotOnFailure(() -> {
        EVENTS.add("screenshot");
        return TestDisplay.get();
    });

    private Shell red;

    @BeforeEach
    void openARedWindow() {
        Display display = TestDisplay.get();
        display.syncExec(() -> {
            red = new Shell(display, SWT.NO_TRIM);
            red.setBackground(display.getSystemColor(SWT.COLOR_RED));
            red.setBounds(40, 40, 240, 160);
            red.open();
            red.update();
        });
        if (failInBeforeEach) {
            fail("the fixture could not be set up");
        }
    }

    @Test
    void failsWhileTheRedWindowIsOpen() {
        fail("the test failed while the window was open");
    }

    @AfterEach
    void closeTheRedWindow() {
        EVENTS.add("afterEach");
        TestDisplay.get().syncExec(() -> red.dispose());
    }
}
