package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.agentproxy.testing.bot.BotTimeoutException;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.WidgetNotFoundException;
import org.agentproxy.testing.bot.workbench.EditorBot;
import org.agentproxy.testing.bot.workbench.ViewBot;
import org.agentproxy.testing.bot.workbench.WorkbenchBot;
import org.agentproxy.ui.tests.bots.PolicyEditorBot;
import org.agentproxy.ui.tests.bots.StudioBot;
import org.junit.jupiter.api.Test;

/**
 * The workbench bot of the test driver ({@code org.agentproxy.testing.bot.workbench}) against the real studio: it
 * needs a workbench, which the driver's own plain-SWT tests do not start.
 */
class WorkbenchBotTest extends EditorTestSupport {

    @Test
    void viewsAreFoundByTitleAndByIdAndShowMakesThemActive() {
        WorkbenchBot workbench = studio.workbench();
        ViewBot explorer = workbench.viewByTitle("Policy Explorer");
        assertEquals(StudioBot.EXPLORER_ID, explorer.id());
        assertEquals("Policy Explorer", workbench.viewById(StudioBot.EXPLORER_ID).title());

        explorer.show();
        assertTrue(explorer.isActive());
        workbench.activeEditor().show();
        assertFalse(explorer.isActive());
        assertTrue(workbench.viewTitles().contains("Policy Explorer"), workbench.viewTitles().toString());
    }

    @Test
    void editorsAreFoundByTitleAndAsTheActiveEditor() {
        WorkbenchBot workbench = studio.workbench();
        String title = file.getFileName().toString();
        EditorBot byTitle = workbench.editorByTitle(title);
        assertEquals(PolicyEditorBot.EDITOR_ID, byTitle.id());
        assertEquals(title, workbench.activeEditor().title());
        assertFalse(byTitle.isDirty());
    }

    @Test
    void aPartsBotFindsOnlyWhatIsInsideThePart() {
        WorkbenchBot workbench = studio.workbench();
        assertEquals("policyExplorer.tree", workbench.viewById(StudioBot.EXPLORER_ID).bot().tree().id());
        assertThrows(WidgetNotFoundException.class, () -> workbench.activeEditor().bot()
                .withTimeout(Duration.ofMillis(300)).treeWithId("policyExplorer.tree"));
    }

    @Test
    void closeAndShowViewOpenAViewAgain() {
        WorkbenchBot workbench = studio.workbench();
        ViewBot problems = workbench.viewById(StudioBot.PROBLEMS_ID);
        problems.close();
        assertFalse(workbench.viewTitles().contains("Policy Problems"));

        ViewBot again = workbench.showView(StudioBot.PROBLEMS_ID);
        assertTrue(again.isActive());
        assertTrue(workbench.viewTitles().contains("Policy Problems"));
    }

    @Test
    void aTimeoutNamesTheActivePart() {
        WorkbenchBot workbench = studio.workbench();
        workbench.viewByTitle("Policy Explorer").show();
        BotTimeoutException e = assertThrows(BotTimeoutException.class,
                () -> workbench.waitUntil(Condition.of("nothing", () -> false), Duration.ofMillis(300)));
        assertTrue(e.getMessage().contains("active part: 'Policy Explorer'"), e.getMessage());
        assertTrue(e.widgetDump().contains("active part: 'Policy Explorer' (view " + StudioBot.EXPLORER_ID + ")"),
                e.widgetDump());
    }
}
