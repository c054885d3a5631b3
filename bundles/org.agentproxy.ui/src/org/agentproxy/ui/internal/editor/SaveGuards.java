package org.agentproxy.ui.internal.editor;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.PolicyErrors;
import org.agentproxy.ui.internal.StudioPlugin;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * What is asked before the policy is written or sent while the screen shows something else: fields with text the
 * policy does not hold (refused on entry), and, for a save, errors. UI thread.
 */
public final class SaveGuards {

    public static final String DISCARD = Messages.SaveGuards_discardMyText;
    public static final String GO_TO_FIELD = Messages.SaveGuards_goToTheField;
    public static final String SAVE_ANYWAY = Messages.SaveGuards_saveAnyway;
    public static final String SAVE_WITH_ERRORS_TITLE = Messages.SaveGuards_savePolicyWithErrors;
    /** The title of the question about refused text, whatever the action. */
    public static final String REFUSED_TITLE = Messages.SaveGuards_textNotApplied;

    private SaveGuards() {
    }

    /** The fields of every open policy editor that show refused text. */
    public static List<PolicyEditor.Refusal> refusedTexts() {
        List<PolicyEditor.Refusal> refused = new ArrayList<>();
        if (!PlatformUI.isWorkbenchRunning()) {
            return refused;
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference ref : page.getEditorReferences()) {
                    if (PolicyEditor.ID.equals(ref.getId()) && ref.getEditor(false) instanceof PolicyEditor editor) {
                        refused.addAll(editor.refusedTexts());
                    }
                }
            }
        }
        return refused;
    }

    /** Shows the policy's values again in every field that shows refused text. */
    public static void discardRefusedTexts() {
        refusedTexts().stream().map(PolicyEditor.Refusal::editor).distinct()
                .forEach(PolicyEditor::discardRefusedTexts);
    }

    /**
     * When fields show refused text, asks: "Discard my text" (the fields show the policy's values again, and the
     * action goes on), "Go to the field" (the first one gets the focus; the action stops), or Cancel.
     *
     * @param verb what goes on after a discard, e.g. {@code save}, {@code deploy}
     * @return whether the action may go on
     */
    public static boolean confirmRefusedTexts(Shell shell, String verb) {
        return confirmRefusedTexts(shell, verb, refusedTexts());
    }

    static boolean confirmRefusedTexts(Shell shell, String verb, List<PolicyEditor.Refusal> refused) {
        if (refused.isEmpty()) {
            return true;
        }
        MessageDialog dialog = new MessageDialog(shell, REFUSED_TITLE, null, refusedMessage(refused, verb),
                MessageDialog.WARNING, 1, DISCARD, GO_TO_FIELD, IDialogConstants.CANCEL_LABEL);
        int answer = dialog.open();
        if (answer == 0) {
            refused.stream().map(PolicyEditor.Refusal::editor).distinct().forEach(PolicyEditor::discardRefusedTexts);
            return true;
        }
        if (answer == 1) {
            // once the dialog is gone and the window active again, so that the field keeps the focus
            shell.getDisplay().asyncExec(refused.get(0)::reveal);
        }
        return false;
    }

    static String refusedMessage(List<PolicyEditor.Refusal> refused, String verb) {
        StringBuilder text = new StringBuilder(refused.size() == 1
                ? NLS.bind(Messages.SaveGuards_thisFieldShowsTextThe, verb)
                : NLS.bind(Messages.SaveGuards_0FieldsShowTextThe, refused.size(), verb));
        for (PolicyEditor.Refusal r : refused) {
            text.append(NLS.bind(Messages.SaveGuards_refusedField, new Object[] { r.place(), r.text().shown(),
                    r.text().reason(), r.text().held().isEmpty() ? Messages.SaveGuards_noValue : r.text().held() }));
        }
        text.append(NLS.bind(refused.size() == 1 ? Messages.SaveGuards_choicesForOne : Messages.SaveGuards_choicesForMany,
                new Object[] { DISCARD, verb, GO_TO_FIELD }));
        return text.toString();
    }

    /**
     * When the policy has errors, asks whether to save it anyway (a draft with errors cannot be deployed).
     *
     * @return whether the save may go on
     */
    public static boolean confirmSaveWithErrors(Shell shell, ActivePolicy active) {
        int errors = PolicyErrors.of(active.problems()).size();
        if (errors == 0) {
            return true;
        }
        String message = NLS.bind(Messages.SaveGuards_thePolicyHas01, PolicyErrors.count(errors), PolicyErrors.list(active.problems()));
        return new MessageDialog(shell, SAVE_WITH_ERRORS_TITLE, null, message, MessageDialog.WARNING, 1, SAVE_ANYWAY,
                IDialogConstants.CANCEL_LABEL).open() == 0;
    }

    /** Both questions, for File → Save, Save As: refused text first, then errors. */
    public static boolean maySave(Shell shell) {
        return confirmRefusedTexts(shell, Messages.SaveGuards_save)
                && confirmSaveWithErrors(shell, StudioPlugin.getDefault().activePolicy());
    }
}
