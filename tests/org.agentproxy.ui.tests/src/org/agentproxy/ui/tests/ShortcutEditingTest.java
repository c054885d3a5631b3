package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.TextBot;
import org.junit.jupiter.api.Test;

/**
 * An administrator who edits with the keyboard only: a host typed key by key, undone and redone with the workbench's
 * shortcuts, and saved with Ctrl+S, ends up in the file.
 */
class ShortcutEditingTest extends EditorTestSupport {

    private static final String HOST = "internalAgents.server.host";
    private static final String OLD_HOST = "proxy.corp.example";
    private static final String NEW_HOST = "proxy-b.corp.example";

    @Test
    void aHostTypedWithTheKeyboardIsUndoneRedoneAndSavedByShortcuts() throws Exception {
        TextBot host = editor.page("Internal Agents").text(HOST);
        host.setFocus();
        editor.press("Ctrl+A");
        studio.bot().keyboard().typeText(NEW_HOST);
        assertEquals(NEW_HOST, host.getText());

        editor.press("Ctrl+Z");
        assertEquals(OLD_HOST, host.getText(), "one Ctrl+Z undoes the typed host");
        assertFalse(editor.isDirty());

        editor.press("Ctrl+Shift+Z");
        assertEquals(NEW_HOST, host.getText(), "Ctrl+Shift+Z redoes it");

        editor.press("Ctrl+S");
        studio.bot().waitUntil(Condition.of("the editor to be saved", () -> !editor.isDirty()));
        assertEquals(NEW_HOST, onDisk().internalAgents().server().host());
        assertTrue(fileText().contains(NEW_HOST));
    }
}
