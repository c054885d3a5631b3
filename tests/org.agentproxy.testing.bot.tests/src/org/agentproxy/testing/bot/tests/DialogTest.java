package org.agentproxy.testing.bot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.Conditions;
import org.agentproxy.testing.bot.ShellBot;
import org.agentproxy.testing.bot.WidgetNotFoundException;
import org.junit.jupiter.api.Test;

class DialogTest extends FixtureTest {

    /** Generous bound: a blocked test thread would hang forever, this turns it into a failure. */
    private static final Duration NEVER_BLOCKS = Duration.ofSeconds(30);

    @Test
    void aModalDialogOpenedByAClickIsFoundAndClosedThroughItsButton() {
        assertTimeoutPreemptively(NEVER_BLOCKS, () -> {
            bot.button("Delete…").click(); // returns although the dialog's nested event loop is running

            ShellBot dialog = bot.shell(FixtureShell.DIALOG_TITLE);
            assertTrue(observed("dialog:opened"));
            assertFalse(fixture.events.stream().anyMatch(e -> e.startsWith("dialog:") && !e.equals("dialog:opened")));
            assertEquals("Delete policy 'default'?", dialog.bot().label("Delete policy 'default'?").getText());

            dialog.bot().button("Yes").click();

            bot.waitUntil(Conditions.shellCloses(dialog));
            bot.waitUntil(Condition.of("the dialog's answer", () -> observed("dialog:Yes")));
        });
    }

    @Test
    void closingTheDialogShellEndsItsLoop() {
        assertTimeoutPreemptively(NEVER_BLOCKS, () -> {
            bot.button("Delete…").click();
            ShellBot dialog = bot.shell(FixtureShell.DIALOG_TITLE);
            dialog.close();
            bot.waitUntil(Conditions.shellCloses(dialog));
            bot.waitUntil(Condition.of("the dialog to end", () -> observed("dialog:closed")));
            assertFalse(dialog.isOpen());
        });
    }

    @Test
    void theDialogIsTheActiveShell() {
        assertTimeoutPreemptively(NEVER_BLOCKS, () -> {
            bot.button("Delete…").click();
            bot.waitUntil(Conditions.shellIsActive(FixtureShell.DIALOG_TITLE));
            ShellBot active = bot.activeShell();
            assertEquals(FixtureShell.DIALOG_TITLE, active.title());
            assertTrue(active.isActive());
            active.bot().button("No").click();
            bot.waitUntil(Condition.of("the dialog's answer", () -> observed("dialog:No")));
        });
    }

    @Test
    void aShellBotSearchesOnlyItsShell() {
        assertTimeoutPreemptively(NEVER_BLOCKS, () -> {
            bot.button("Delete…").click();
            ShellBot dialog = bot.shell(FixtureShell.DIALOG_TITLE);
            WidgetNotFoundException e = assertThrows(WidgetNotFoundException.class,
                    () -> dialog.bot().withTimeout(SHORT).button("OK"));
            assertTrue(e.getMessage().contains("in shell '" + FixtureShell.DIALOG_TITLE + "'"), e.getMessage());
            assertTrue(e.widgetDump().contains("Button 'Yes'"), e.widgetDump());
            // the unscoped bot still finds the main shell's button
            assertEquals("&OK", bot.button("OK").getText());
            dialog.close();
            bot.waitUntil(Conditions.shellCloses(dialog));
        });
    }
}
