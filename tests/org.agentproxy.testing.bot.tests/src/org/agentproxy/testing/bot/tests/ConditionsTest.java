package org.agentproxy.testing.bot.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.testing.bot.BotTimeoutException;
import org.agentproxy.testing.bot.ButtonBot;
import org.agentproxy.testing.bot.Conditions;
import org.agentproxy.testing.bot.TableBot;
import org.agentproxy.testing.bot.TreeBot;
import org.junit.jupiter.api.Test;

/** The ready-made conditions, as SWTBot's {@code Conditions} has them. */
class ConditionsTest extends FixtureTest {

    @Test
    void shellIsOpenAndShellIsActive() {
        bot.waitUntil(Conditions.shellIsOpen(FixtureShell.TITLE));
        bot.waitUntil(Conditions.shellIsActive(FixtureShell.TITLE));
        assertThrows(BotTimeoutException.class, () -> bot.waitUntil(Conditions.shellIsOpen("Preferences"), SHORT));
    }

    @Test
    void widgetIsEnabledAndDisabled() {
        ButtonBot apply = bot.button("Apply");
        bot.waitUntil(Conditions.widgetIsDisabled(apply));
        fixture.enableApplyLater(display, 200);
        bot.waitUntil(Conditions.widgetIsEnabled(apply));
    }

    @Test
    void tableHasRowsCountsExactly() {
        TableBot table = bot.tableWithId("fixture.table");
        bot.waitUntil(Conditions.tableHasRows(table, 3));
        fixture.addRowLater(display, 200, "delete", "deny");
        bot.waitUntil(Conditions.tableHasRows(table, 4));
        BotTimeoutException e = assertThrows(BotTimeoutException.class,
                () -> bot.waitUntil(Conditions.tableHasRows(table, 7), SHORT));
        assertTrue(e.getMessage().contains("to have 7 rows (it has 4)"), e.getMessage());
    }

    @Test
    void tableItemPresentWaitsForTheRow() {
        TableBot table = bot.tableWithId("fixture.table");
        fixture.addRowLater(display, 200, "delete", "deny");
        bot.waitUntil(Conditions.tableItemPresent(table, 0, "delete"));
        BotTimeoutException e = assertThrows(BotTimeoutException.class,
                () -> bot.waitUntil(Conditions.tableItemPresent(table, 0, "chmod"), SHORT));
        assertTrue(e.getMessage().contains("[read, write, exec, delete]"), e.getMessage());
    }

    @Test
    void treeItemPresentExpandsAndWaits() {
        TreeBot tree = bot.treeWithId("fixture.tree");
        bot.waitUntil(Conditions.treeItemPresent(tree, "Policies", "allow-read", "rule-1"));
        assertThrows(BotTimeoutException.class,
                () -> bot.waitUntil(Conditions.treeItemPresent(tree, "Policies", "allow-all"), SHORT));
        TreeBot empty = bot.treeWithId("fixture.emptyTree");
        fixture.fillEmptyTreeLater(display, 200);
        bot.waitUntil(Conditions.treeItemPresent(empty, "late item"));
    }
}
