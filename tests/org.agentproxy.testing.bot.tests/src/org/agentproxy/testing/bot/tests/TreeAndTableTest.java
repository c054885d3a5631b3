package org.agentproxy.testing.bot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.testing.bot.Conditions;
import org.agentproxy.testing.bot.TableBot;
import org.agentproxy.testing.bot.TreeBot;
import org.agentproxy.testing.bot.TreeItemBot;
import org.agentproxy.testing.bot.WidgetNotFoundException;
import org.junit.jupiter.api.Test;

class TreeAndTableTest extends FixtureTest {

    @Test
    void expandingSendsExpandSoThatLazyChildrenAreCreated() {
        TreeBot tree = bot.tree();
        assertEquals(List.of("Policies", "Agents"), tree.items());
        assertFalse(observed("expand:Policies"));

        TreeItemBot rule = tree.getTreeItem("Policies", "allow-read", "rule-1");

        assertEquals("rule-1", rule.getText());
        assertEquals(List.of("expand:Policies", "expand:allow-read"), fixture.events);
        assertTrue(tree.getTreeItem("Policies").isExpanded());
        assertEquals(List.of("allow-read", "deny-write"), tree.getTreeItem("Policies").items());
    }

    @Test
    void expandingTwiceSendsOneEvent() {
        TreeItemBot agents = bot.tree().getTreeItem("Agents");
        agents.expand();
        agents.expand();
        assertEquals(List.of("build-agent"), agents.items());
        assertEquals(List.of("expand:Agents"), fixture.events);
        agents.collapse();
        assertFalse(agents.isExpanded());
        assertTrue(observed("collapse:Agents"));
    }

    @Test
    void selectAndDoubleClickNotifyTheTree() {
        TreeBot tree = bot.tree();
        TreeItemBot denyWrite = tree.getTreeItem("Policies", "deny-write");

        denyWrite.select();
        assertTrue(observed("select:deny-write"), fixture.events.toString());
        assertEquals(List.of("deny-write"), tree.selection());
        assertTrue(denyWrite.isSelected());

        denyWrite.doubleClick();
        assertTrue(fixture.events.containsAll(List.of("doubleclick", "open:deny-write")), fixture.events.toString());
    }

    @Test
    void selectTopLevelItems() {
        TreeBot tree = bot.tree();
        tree.select("Agents", "Policies");
        assertEquals(List.of("Agents", "Policies").stream().sorted().toList(), tree.selection().stream().sorted().toList());
        assertTrue(observed("select:Agents"));
    }

    @Test
    void aMissingChildIsReportedWithTheExistingChildren() {
        WidgetNotFoundException e = assertThrows(WidgetNotFoundException.class,
                () -> bot.withTimeout(SHORT).tree().getTreeItem("Policies", "allow-all"));
        assertTrue(e.getMessage().contains("'allow-all'") && e.getMessage().contains("[allow-read, deny-write]"),
                e.getMessage());
    }

    @Test
    void treeHasItemsWaitsForLateItems() {
        TreeBot empty = bot.treeWithId("fixture.emptyTree");
        assertFalse(empty.hasItems());
        fixture.fillEmptyTreeLater(display, 300);
        bot.waitUntil(Conditions.treeHasItems(empty));
        assertEquals(List.of("late item"), empty.items());
    }

    @Test
    void contextMenuIsFilledOnShowAndClicked() {
        bot.tree().contextMenu("Refresh").click();
        assertTrue(observed("tree-menu:Refresh"), fixture.events.toString());
    }

    @Test
    void tableCellsAndSelection() {
        TableBot table = bot.table();
        assertEquals(3, table.rowCount());
        assertEquals(2, table.columnCount());
        assertEquals(List.of("Name", "Action"), table.headers());
        assertEquals("deny", table.cell(1, 1));

        table.select(2);
        assertEquals(List.of(2), table.selectedRows());
        assertTrue(observed("row:exec"));

        table.doubleClick(0);
        assertTrue(observed("row-open:read"), fixture.events.toString());
    }
}
