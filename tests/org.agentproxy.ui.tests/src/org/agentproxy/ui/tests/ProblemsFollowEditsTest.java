package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.testing.bot.Condition;
import org.agentproxy.ui.tests.bots.ProblemsViewBot;
import org.junit.jupiter.api.Test;

/**
 * The Policy Problems view follows the editor: a problem an edit makes is listed at once, with where it is on screen,
 * and goes away when the edit is undone — with the view active in between, as an administrator who looks at it.
 */
class ProblemsFollowEditsTest extends EditorTestSupport {

    private static final String HOST = "internalAgents.server.host";

    @Test
    void aProblemAnEditMakesIsListedAndGoesAwayWithItsUndo() {
        editor.page("Internal Agents").set(HOST, "");
        ProblemsViewBot problems = studio.problems();
        studio.bot().waitUntil(Condition.of("the host's problem to be listed", () -> problems.fields().contains(HOST)));
        assertTrue(problems.where(HOST).startsWith("Internal Agents"), problems.where(HOST));

        editor.undo(); // the Problems view was active: the editor's undo activates the editor first

        studio.bot().waitWhile(Condition.of("the host's problem to be listed", () -> problems.fields().contains(HOST)));
        assertEquals("proxy.corp.example", editor.page("Internal Agents").text(HOST).getText());
    }
}
