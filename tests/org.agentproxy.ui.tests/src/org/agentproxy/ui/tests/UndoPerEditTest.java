package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.TextBot;
import org.agentproxy.ui.Studio;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

/**
 * Undo and redo work per edit, not per keystroke: typing into a field is one edit until the field loses the focus;
 * the Edit menu says what it undoes; Ctrl+Z (a real key press, through the workbench's key binding) works at once,
 * also after File → Revert.
 */
class UndoPerEditTest extends EditorTestSupport {

    private static final String PAGE = "Internal Agents";
    private static final String HOST = "internalAgents.server.host";
    private static final String PORT = "internalAgents.server.port";
    private static final String OLD_HOST = "proxy.corp.example";

    @Test
    void typingAHostThenOneCtrlZRestoresTheOldHost() {
        TextBot host = editor.page(PAGE).text(HOST);

        typeAtTheEnd(host, ".branch");
        assertEquals(OLD_HOST + ".branch", host.getText());
        editor.press(SWT.CTRL, 'z');

        assertEquals(OLD_HOST, host.getText(), "one Ctrl+Z undoes the whole typing");
        assertFalse(editor.isDirty(), "back to the saved policy");
    }

    @Test
    void theEditMenuSaysWhatItUndoesAndRedoes() {
        ScopePageBot page = editor.page(PAGE);

        typeAtTheEnd(page.text(HOST), "x");
        assertEquals("Undo Host", editor.editItem("Undo"));
        typeAtTheEnd(page.text(PORT), "1");
        assertEquals("Undo Port", editor.editItem("Undo"), "another field is another edit");

        editor.undo();
        assertEquals("Undo Host", editor.editItem("Undo"));
        assertEquals("Redo Port", editor.editItem("Redo"));
        editor.undo();
        assertEquals(OLD_HOST, page.text(HOST).getText());
        assertEquals("8080", page.text(PORT).getText());
    }

    @Test
    void typingAgainAfterLeavingTheFieldIsANewEdit() {
        ScopePageBot page = editor.page(PAGE);
        typeAtTheEnd(page.text(HOST), ".a");
        page.text(PORT).setFocus(); // the host field loses the focus: its edit is complete
        typeAtTheEnd(page.text(HOST), ".b");

        editor.press(SWT.CTRL, 'z');

        assertEquals(OLD_HOST + ".a", page.text(HOST).getText());
    }

    @Test
    void afterRevertCtrlZWorksAtOnce() {
        TextBot host = editor.page(PAGE).text(HOST);
        typeAtTheEnd(host, ".before-revert");
        studio.revert();
        assertEquals(OLD_HOST, host.getText());

        typeAtTheEnd(host, ".after-revert");
        editor.press(SWT.CTRL, 'z');

        assertEquals(OLD_HOST, host.getText(), "Ctrl+Z right after Revert and an edit");
        assertFalse(editor.isDirty());
    }

    @Test
    void ctrlZUndoesWhereverTheFocusIsInTheWindow() {
        typeAtTheEnd(editor.page(PAGE).text(HOST), ".explorer");
        studio.bot().treeWithId("policyExplorer.tree").setFocus(); // the Policy Explorer is the active part

        studio.press("Ctrl+Z"); // not editor.press, which would make the editor the active part first

        studio.bot().waitUntil(Condition.of("the host is back",
                () -> OLD_HOST.equals(editor.page(PAGE).text(HOST).getText())));
        assertFalse(editor.isDirty());
    }

    /** Focuses the field, presses End (a real key) and types there, character by character. */
    @Test
    void aTypedPasswordIsOneEditNamedByItsFieldAndUndoDropsTheReference() {
        ScopePageBot page = editor.page(PAGE);
        typeAtTheEnd(page.text("internalAgents.smartProtection.password"), "pw12");
        assertEquals("Undo Password", editor.editItem("Undo"));
        assertTrue(studio.bot().syncExec(() -> Studio.activePolicy().policy().internalAgents().smartProtection()
                .password() != null), "the policy refers to the typed password");

        editor.undo();

        assertTrue(studio.bot().syncExec(() -> Studio.activePolicy().policy().internalAgents().smartProtection()
                .password() == null), "one undo: the policy no longer refers to it");
    }

    private void typeAtTheEnd(TextBot field, String text) {
        field.setFocus();
        editor.press(SWT.NONE, SWT.END);
        field.typeText(text);
    }
}
