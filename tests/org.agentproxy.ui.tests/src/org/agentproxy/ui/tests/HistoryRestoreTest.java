package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.testing.bot.Condition;
import org.agentproxy.ui.tests.bots.HistoryViewBot;
import org.junit.jupiter.api.Test;

/** The worked example of docs/ui-testing.md: the History view through its page object, {@link HistoryViewBot}. */
class HistoryRestoreTest extends EditorTestSupport {

    private static final String PORT = "internalAgents.server.port";

    @Test
    void aSavedPortIsListedAndRestoringTheFirstVersionBringsBackTheOldOne() throws Exception {
        editor.page("Internal Agents").set(PORT, "3129");
        editor.press("Ctrl+S");
        studio.bot().waitUntil(Condition.of("the save", () -> !editor.isDirty()));
        editor.page("Internal Agents").set(PORT, "3130");
        editor.press("Ctrl+S");
        studio.bot().waitUntil(Condition.of("the second save", () -> !editor.isDirty()));

        HistoryViewBot history = studio.history().waitForVersions(2);
        assertEquals(List.of("#2", "#1"), history.versions());
        assertEquals(0, history.waitForVersionChanging(PORT));
        assertEquals(List.of(PORT + ": 3129 → 3130"), history.select(0).changes());

        history.restore(1).waitForVersions(3);

        assertTrue(history.changed(0).startsWith("restored version 1"), history.changed(0));
        assertEquals(3129, onDisk().internalAgents().server().port());
    }
}
