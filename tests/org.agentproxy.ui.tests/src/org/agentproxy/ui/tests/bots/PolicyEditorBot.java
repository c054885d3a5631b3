package org.agentproxy.ui.tests.bots;

import java.util.Arrays;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.ShellBot;
import org.eclipse.ui.PlatformUI;

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

    public PolicyEditorBot undo() {
        window.bot().menu("Edit").menu("Undo").click();
        return this;
    }

    public PolicyEditorBot redo() {
        window.bot().menu("Edit").menu("Redo").click();
        return this;
    }

    /** The label of the page the editor shows. */
    public String activePage() {
        return bot.syncExec(() -> {
            var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            return page.getActiveEditor() instanceof org.eclipse.ui.forms.editor.FormEditor editor
                    && editor.getActivePageInstance() != null ? editor.getActivePageInstance().getTitle() : null;
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
