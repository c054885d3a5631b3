package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.TableBot;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.junit.jupiter.api.Test;

/** History: every save keeps a version; a version's changes field by field; restore as a new version. */
class HistoryViewTest extends EditorTestSupport {

    @Test
    void savesAreListedComparedAndRestored() throws Exception {
        ScopePageBot page = editor.page("Internal Agents");
        page.set("internalAgents.server.port", "3128");
        editor.save();
        page.set("internalAgents.server.host", "proxy2.corp.example");
        editor.save();

        studio.bot().cTabItem("History").activate();
        TableBot versions = studio.bot().tableWithId("policyHistory.versions");
        studio.bot().waitUntil(Condition.of("two versions", () -> versions.rowCount() == 2));
        assertEquals("#2", versions.cell(0, 0));
        assertEquals("internalAgents.server.host", versions.cell(0, 2));

        versions.select(0);
        TableBot changes = studio.bot().tableWithId("policyHistory.changes");
        assertEquals("internalAgents.server.host", changes.cell(0, 0));
        assertEquals("proxy.corp.example", changes.cell(0, 1));
        assertEquals("proxy2.corp.example", changes.cell(0, 2));

        versions.select(1);
        studio.bot().buttonWithId("policyHistory.restore").click();

        studio.bot().waitUntil(Condition.of("three versions", () -> versions.rowCount() == 3));
        assertTrue(versions.cell(0, 2).startsWith("restored version 1"), versions.cell(0, 2));
        assertEquals("proxy.corp.example", onDisk().internalAgents().server().host());
        assertEquals(3128, onDisk().internalAgents().server().port());
        assertEquals("proxy.corp.example", editor.page("Internal Agents").text("internalAgents.server.host")
                .getText());
    }
}
