package org.agentproxy.testing.bot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.BotException;
import org.agentproxy.testing.bot.BotTimeoutException;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.Conditions;
import org.junit.jupiter.api.Test;

class WaitTest extends FixtureTest {

    @Test
    void waitUntilReturnsOnceATimerMakesTheConditionTrue() {
        AtomicBoolean fired = new AtomicBoolean();
        display.asyncExec(() -> display.timerExec(300, () -> fired.set(true)));
        bot.waitUntil(Condition.of("the timer to fire", fired::get));
        assertTrue(fired.get());
    }

    @Test
    void waitUntilTimesOutWithTheDescription() {
        long start = System.nanoTime();
        BotTimeoutException e = assertThrows(BotTimeoutException.class,
                () -> bot.waitUntil(Condition.of("pigs to fly", () -> false), SHORT));
        assertTrue(e.getMessage().contains("waiting for pigs to fly"), e.getMessage());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000);
    }

    @Test
    void shellIsActiveDescribesTheShellsOnTimeout() {
        bot.waitUntil(Conditions.shellIsActive(FixtureShell.TITLE));
        BotTimeoutException e = assertThrows(BotTimeoutException.class,
                () -> bot.waitUntil(Conditions.shellIsActive("Preferences"), SHORT));
        assertTrue(e.getMessage().contains("shell 'Preferences' to be active")
                && e.getMessage().contains("'" + FixtureShell.TITLE + "'"), e.getMessage());
    }

    @Test
    void exceptionsOfActionsOnTheUiThreadReachTheTest() {
        BotException e = assertThrows(BotException.class, () -> bot.button("Crash").click());
        assertTrue(e.getMessage().contains("click Button 'Crash'") && e.getMessage().contains("broken listener"),
                e.getMessage());
        assertTrue(observed("click:Crash"));
    }

    @Test
    void exceptionsOfQueriesOnTheUiThreadReachTheTest() {
        BotException e = assertThrows(BotException.class, () -> bot.button("OK").syncExec(b -> {
            throw new IllegalStateException("broken query");
        }));
        assertTrue(e.getMessage().contains("broken query"), e.getMessage());
    }

    @Test
    void aBlockedUiThreadFailsTheQueryInsteadOfHangingTheTest() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        display.asyncExec(() -> {
            blocked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertTrue(blocked.await(10, TimeUnit.SECONDS));
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                BotTimeoutException e = assertThrows(BotTimeoutException.class,
                        () -> bot.withTimeout(SHORT).button("OK"));
                assertTrue(e.getMessage().contains("did not answer"), e.getMessage());
            });
        } finally {
            release.countDown();
        }
    }

    @Test
    void theDefaultTimeoutComesFromASystemProperty() {
        String old = System.getProperty(Bot.TIMEOUT_PROPERTY);
        try {
            System.setProperty(Bot.TIMEOUT_PROPERTY, "1234");
            assertEquals(Duration.ofMillis(1234), Bot.defaultTimeout());
            assertEquals(Duration.ofMillis(1234), bot.timeout());
            assertEquals(SHORT, bot.withTimeout(SHORT).timeout());
            System.setProperty(Bot.TIMEOUT_PROPERTY, "not a number");
            assertEquals(Duration.ofSeconds(10), Bot.defaultTimeout());
            System.clearProperty(Bot.TIMEOUT_PROPERTY);
            assertEquals(Duration.ofSeconds(10), Bot.defaultTimeout());
        } finally {
            if (old == null) {
                System.clearProperty(Bot.TIMEOUT_PROPERTY);
            } else {
                System.setProperty(Bot.TIMEOUT_PROPERTY, old);
            }
        }
    }
}
