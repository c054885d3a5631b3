package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.testing.bot.Condition;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.junit.jupiter.api.Test;

/**
 * The workbench routes Edit → Undo, Save and key bindings to the active part. The editor's page object makes the
 * editor active before it acts, as a person clicks back into the editor: touching a view in between no longer makes
 * the editor's undo wait for an Undo item that belongs to the view.
 */
class PartActivationUiTest extends EditorTestSupport {

    private static final String PAGE = "Internal Agents";
    private static final String HOST = "internalAgents.server.host";
    private static final String OLD_HOST = "proxy.corp.example";

    @Test
    void undoAfterTouchingAViewUndoesTheEditorsEdit() {
        ScopePageBot page = editor.page(PAGE);
        page.set(HOST, "proxy9.corp.example");
        studio.explorer().activate().item("Internal agents");
        assertTrue(studio.workbench().viewById(org.agentproxy.ui.tests.bots.StudioBot.EXPLORER_ID).isActive());

        editor.undo();

        assertEquals(OLD_HOST, page.text(HOST).getText());
        assertTrue(editor.part().isActive(), "the editor was activated for its undo");
    }

    @Test
    void ctrlSSavesTheEditorThroughTheWorkbenchKeyBinding() throws Exception {
        editor.page(PAGE).set(HOST, "saved-by-ctrl-s.corp.example");
        studio.explorer().activate(); // Ctrl+S must reach the editor even after a view had the focus
        assertTrue(editor.isDirty());

        editor.press("Ctrl+S");

        studio.bot().waitUntil(Condition.of("the editor to be saved", () -> !editor.isDirty()));
        assertEquals("saved-by-ctrl-s.corp.example", onDisk().internalAgents().server().host());
        assertFalse(editor.part().isDirty());
    }
}
