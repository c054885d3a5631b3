package org.agentproxy.testing.bot.tests;

import java.time.Duration;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.ScreenshotOnFailure;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Base of the driver tests: a fresh {@link FixtureShell} per test, a bot, and screenshots of failures. */
abstract class FixtureTest {

    /** Short timeout for the tests that expect a timeout. */
    static final Duration SHORT = Duration.ofMillis(400);

    @RegisterExtension
    static final ScreenshotOnFailure SCREENSHOTS = new ScreenshotOnFailure(TestDisplay::get);

    Display display;
    FixtureShell fixture;
    Bot bot;

    @BeforeEach
    void openFixture() {
        display = TestDisplay.get();
        fixture = FixtureShell.open(display);
        bot = new Bot(display);
    }

    @AfterEach
    void disposeShells() {
        FixtureShell.disposeAll(display);
    }

    /** @return whether a listener recorded the event (actions return after their listeners ran) */
    boolean observed(String event) {
        return fixture.events.contains(event);
    }
}
