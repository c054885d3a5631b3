package org.agentproxy.testing.bot.workbench;

import org.agentproxy.testing.bot.BotException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPartReference;

/** An editor of the workbench (SWTBot's {@code SWTBotEditor}). */
public class EditorBot extends PartBot {

    EditorBot(WorkbenchBot bot, IWorkbenchPartReference ref) {
        super(bot, ref);
    }

    @Override
    public EditorBot show() {
        super.show();
        return this;
    }

    @Override
    public EditorBot setFocus() {
        return show();
    }

    /** @return whether the editor has unsaved changes (its tab shows {@code *title}) */
    public boolean isDirty() {
        return bot.syncExec(ref::isDirty);
    }

    /**
     * Activates the editor and saves it through the page, as File → Save does for the active editor (a dialog the
     * editor opens while saving is left to the test). Returns without waiting for a dialog.
     */
    public EditorBot save() {
        show();
        bot.syncExec(() -> {
            IEditorPart editor = editor();
            bot.display().asyncExec(() -> ref.getPage().saveEditor(editor, false));
            return null;
        });
        bot.syncExec(() -> null); // the save has run, or is showing a dialog whose event loop answers this
        return this;
    }

    /** Closes the editor without saving (SWTBot's {@code close()}), then waits until it is closed. */
    @Override
    public void close() {
        bot.syncExec(() -> ref.getPage().closeEditor(editor(), false));
        bot.waitUntil(WorkbenchBot.partIsClosed(this));
    }

    private IEditorPart editor() {
        IEditorPart editor = ((IEditorReference) ref).getEditor(false);
        if (editor == null) {
            throw new BotException("The editor " + ref.getPartName() + " is not open");
        }
        return editor;
    }

    @Override
    String kind() {
        return "editor";
    }
}
