package org.agentproxy.ui.tests.bots;

import java.util.Arrays;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.ShellBot;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;

/** The policy editor: its pages (tabs at the bottom), and File → Save / Close, Edit → Undo / Redo. */
public final class PolicyEditorBot {

    private final Bot bot;
    private final ShellBot window;

    PolicyEditorBot(Bot bot, ShellBot window) {
        this.bot = bot;
        this.window = window;
    }

    /** Shows the page with that tab label. */
    public ScopePageBot page(String label) {
        bot.cTabItem(label).activate();
        return new ScopePageBot(bot, label);
    }

    public PolicyEditorBot save() {
        window.bot().menu("File").menu("Save").click();
        return this;
    }

    public void close() {
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
        window.bot().menu("Edit").menu(editItem("Undo")).click();
        return this;
    }

    /** Edit → Redo …, whatever it redoes. */
    public PolicyEditorBot redo() {
        window.bot().menu("Edit").menu(editItem("Redo")).click();
        return this;
    }

    /** The Edit menu's item of that verb as it reads now, e.g. {@code Undo Host}. */
    public String editItem(String verb) {
        return window.bot().menu("Edit").items().stream().filter(l -> l.startsWith(verb)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + verb + " item in the Edit menu"));
    }

    /** Whether Edit → Undo … is enabled. */
    public boolean canUndo() {
        return window.bot().menu("Edit").menu(editItem("Undo")).isEnabled();
    }

    /** Presses a key combination in the studio's window as a person does (real key events). */
    public PolicyEditorBot press(int modifiers, int key) {
        window.activate();
        bot.keyboard().pressShortcut(modifiers, key);
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
