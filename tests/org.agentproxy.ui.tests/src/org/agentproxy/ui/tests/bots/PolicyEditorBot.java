package org.agentproxy.ui.tests.bots;

import java.util.Arrays;

import org.agentproxy.testing.bot.ShellBot;
import org.agentproxy.testing.bot.workbench.EditorBot;
import org.agentproxy.testing.bot.workbench.WorkbenchBot;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;

/**
 * The policy editor: its pages (tabs at the bottom), and File → Save / Close, Edit → Undo / Redo. Every action makes
 * the editor the active part first — after a test touched a view, Edit → Undo and Ctrl+S belong to that view until
 * the editor is activated again, as for a person who clicks back into the editor.
 */
public final class PolicyEditorBot {

    public static final String EDITOR_ID = "org.agentproxy.ui.policyEditor";

    private final WorkbenchBot bot;
    private final ShellBot window;

    PolicyEditorBot(WorkbenchBot bot, ShellBot window) {
        this.bot = bot;
        this.window = window;
    }

    /** The editor as a workbench part (title, dirty state, activation). */
    public EditorBot part() {
        return bot.editorById(EDITOR_ID);
    }

    /** Makes the editor the active part (a no-op when it is). */
    public PolicyEditorBot activate() {
        EditorBot part = part();
        if (!part.isActive()) {
            part.show();
        }
        return this;
    }

    /** Shows the page with that tab label. */
    public ScopePageBot page(String label) {
        activate();
        bot.cTabItem(label).activate();
        return new ScopePageBot(bot, label);
    }

    public PolicyEditorBot save() {
        activate();
        window.bot().menu("File").menu("Save").click();
        return this;
    }

    public void close() {
        activate();
        window.bot().menu("File").menu("Close Editor").click();
    }

    /** File → Save, when the studio asks first: the question ({@link QuestionDialogBot} titles). */
    public QuestionDialogBot saveExpecting(String title) {
        save();
        return new QuestionDialogBot(bot.shell(title));
    }

    /** File → Close Editor, when the studio asks first. */
    public QuestionDialogBot closeExpecting(String title) {
        close();
        return new QuestionDialogBot(bot.shell(title));
    }

    /** Whether a policy editor is open. */
    public boolean isOpen() {
        return bot.syncExec(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .getEditorReferences().length > 0);
    }

    /** Edit → Undo …, whatever it undoes. */
    public PolicyEditorBot undo() {
        activate();
        window.bot().menu("Edit").menu(editItem("Undo")).click();
        return this;
    }

    /** Edit → Redo …, whatever it redoes. */
    public PolicyEditorBot redo() {
        activate();
        window.bot().menu("Edit").menu(editItem("Redo")).click();
        return this;
    }

    /** The Edit menu's item of that verb as it reads now, e.g. {@code Undo Host}. */
    public String editItem(String verb) {
        activate();
        return window.bot().menu("Edit").items().stream().filter(l -> l.startsWith(verb)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + verb + " item in the Edit menu"));
    }

    /** Whether Edit → Undo … is enabled. */
    public boolean canUndo() {
        activate();
        return window.bot().menu("Edit").menu(editItem("Undo")).isEnabled();
    }

    /** Presses a key combination in the studio's window as a person does (real key events). */
    public PolicyEditorBot press(int modifiers, int key) {
        window.activate();
        activate();
        bot.keyboard().pressShortcut(modifiers, key);
        return this;
    }

    /** Presses key strokes written as text ({@code "Ctrl+S"}, {@code "Ctrl+PageDown"}) in the editor, as a person does. */
    public PolicyEditorBot press(String... strokes) {
        window.activate();
        activate();
        bot.keyboard().pressShortcut(strokes);
        return this;
    }

    /** The label of the editor page shown now. */
    public String activePage() {
        return bot.syncExec(() -> {
            var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            return page.getActiveEditor() instanceof FormEditor editor && editor.getActivePageInstance() != null
                    ? editor.getActivePageInstance().getTitle() : null;
        });
    }

    /** Whether the policy editor has unsaved edits (its tab shows "*name"). */
    public boolean isDirty() {
        return bot.syncExec(() -> {
            var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            return Arrays.stream(page.getEditorReferences()).anyMatch(r -> r.isDirty());
        });
    }
}
