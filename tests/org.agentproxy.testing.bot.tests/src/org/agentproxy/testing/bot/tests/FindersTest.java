package org.agentproxy.testing.bot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.TableBot;
import org.agentproxy.testing.bot.WidgetNotFoundException;
import org.junit.jupiter.api.Test;

/** The index form of the finders, partial and regex matching of rows, and bots scoped to a composite. */
class FindersTest extends FixtureTest {

    @Test
    void theIndexFormTellsApartFieldsThatShareALabel() {
        bot.textWithLabel("User:", 0).setText("alice");
        bot.textWithLabel("User:", 1).setText("bob");

        assertEquals("alice", bot.textWithId("fixture.user.http").getText());
        assertEquals("bob", bot.textWithId("fixture.user.https").getText());
        assertEquals("alice", bot.textWithLabel("User:").getText(), "without an index: the first");
    }

    @Test
    void anIndexBeyondTheMatchesSaysHowManyThereAre() {
        WidgetNotFoundException e = assertThrows(WidgetNotFoundException.class,
                () -> bot.withTimeout(SHORT).textWithLabel("User:", 2));
        assertTrue(e.getMessage().contains("widget #2 (from 0)") && e.getMessage().contains("(2 found)"),
                e.getMessage());
    }

    @Test
    void aBotWithinACompositeFindsOnlyWhatIsInside() {
        Bot proxies = bot.within(bot.syncExec(() -> fixture.proxies));
        assertEquals("fixture.user.https", proxies.textWithLabel("User:", 1).id());
        WidgetNotFoundException e = assertThrows(WidgetNotFoundException.class,
                () -> proxies.withTimeout(SHORT).textWithLabel("Name:"));
        assertTrue(e.getMessage().contains("in Composite [id=fixture.proxies] in shell '" + FixtureShell.TITLE + "'"),
                e.getMessage());
    }

    @Test
    void rowsAreFoundByPartOfACellOrByARegex() {
        TableBot table = bot.tableWithId("fixture.table");
        assertEquals(1, table.rowWithCellContaining(0, "rit"));
        assertEquals(2, table.rowWithCellMatching(1, Pattern.compile("^a.k$")));
        assertEquals(-1, table.rowWithCellMatching(1, Pattern.compile("^allowed$")));
        fixture.addRowLater(display, 200, "chmod 755", "ask");
        assertEquals(3, table.waitForRowMatching(0, Pattern.compile("^chmod \\d+$")));
    }

    @Test
    void aRowThatNeverComesIsReportedWithTheColumn() {
        WidgetNotFoundException e = assertThrows(WidgetNotFoundException.class,
                () -> bot.withTimeout(SHORT).tableWithId("fixture.table").waitForRowMatching(0, Pattern.compile("rm")));
        assertTrue(e.getMessage().contains("column: [read, write, exec]"), e.getMessage());
    }

    @Test
    void treeItemsAreFoundByRegexPerLevel() {
        assertEquals("rule-1", bot.treeWithId("fixture.tree").getTreeItemMatching("Pol.*", "allow-.*", "rule-\\d").getText());
        WidgetNotFoundException e = assertThrows(WidgetNotFoundException.class,
                () -> bot.withTimeout(SHORT).treeWithId("fixture.tree").getTreeItemMatching("Policies", "deny-all"));
        assertTrue(e.getMessage().contains("/Policies/ > /deny-all/"), e.getMessage());
    }
}
