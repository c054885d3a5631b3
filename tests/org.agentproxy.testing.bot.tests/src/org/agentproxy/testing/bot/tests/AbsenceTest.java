package org.agentproxy.testing.bot.tests;

import static org.agentproxy.testing.bot.Matchers.withText;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.BotTimeoutException;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.Conditions;
import org.agentproxy.testing.bot.LabelBot;
import org.junit.jupiter.api.Test;

/**
 * Proving that something is not there answers as soon as it holds: the bots below wait up to a minute, and each test
 * must finish well within that (a full timeout would fail {@code assertTimeoutPreemptively}).
 */
class AbsenceTest extends FixtureTest {

    private static final Duration LONG = Duration.ofSeconds(60);
    private static final Duration WELL_BELOW_LONG = Duration.ofSeconds(20);

    @Test
    void widgetNotPresentHoldsAtOnceWhenNothingMatches() {
        Bot patient = bot.withTimeout(LONG);
        assertTimeoutPreemptively(WELL_BELOW_LONG,
                () -> patient.waitUntil(Conditions.widgetNotPresent(withText("Connecting…"))));
    }

    @Test
    void isPresentAnswersWithoutWaiting() {
        Bot patient = bot.withTimeout(LONG);
        assertTimeoutPreemptively(WELL_BELOW_LONG, () -> {
            assertFalse(patient.isPresent(withText("Connecting…")));
            assertTrue(patient.isPresent(withText("Ready")));
        });
    }

    @Test
    void widgetIsGoneHoldsOnceTheWidgetIsDisposed() {
        LabelBot status = bot.labelWithId("fixture.status");
        fixture.disposeStatusLater(display, 300);
        assertTimeoutPreemptively(WELL_BELOW_LONG, () -> bot.withTimeout(LONG).waitUntil(Conditions.widgetIsGone(status)));
        assertFalse(bot.isPresent(withText("Ready")));
    }

    @Test
    void waitWhileReturnsAtOnceWhenTheConditionDoesNotHold() {
        Bot patient = bot.withTimeout(LONG);
        assertTimeoutPreemptively(WELL_BELOW_LONG,
                () -> patient.waitWhile(Conditions.shellIsOpen(FixtureShell.DIALOG_TITLE)));
    }

    @Test
    void waitWhileWaitsUntilTheConditionStopsHolding() {
        fixture.disposeStatusLater(display, 300);
        assertTimeoutPreemptively(WELL_BELOW_LONG,
                () -> bot.withTimeout(LONG).waitWhile(Conditions.widgetPresent(withText("Ready"))));
        assertFalse(bot.isPresent(withText("Ready")));
    }

    @Test
    void waitWhileTimesOutNamingWhatStayed() {
        BotTimeoutException e = assertThrows(BotTimeoutException.class,
                () -> bot.waitWhile(Conditions.widgetPresent(withText("Ready")), SHORT));
        assertTrue(e.getMessage().contains("with text 'Ready' to be gone"), e.getMessage());
        assertTrue(e.widgetDump().contains("Label 'Ready'"), e.widgetDump());
    }

    @Test
    void notInvertsAnyCondition() {
        bot.waitUntil(Conditions.not(Condition.of("never", () -> false)));
        BotTimeoutException e = assertThrows(BotTimeoutException.class,
                () -> bot.waitUntil(Conditions.not(Condition.of("always", () -> true)), SHORT));
        assertTrue(e.getMessage().contains("not (always)"), e.getMessage());
    }
}
