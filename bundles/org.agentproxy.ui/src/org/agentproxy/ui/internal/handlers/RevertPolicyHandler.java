package org.agentproxy.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.internal.StudioPlugin;
import org.agentproxy.ui.internal.editor.SaveGuards;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File → Revert: drops the unsaved edits of the open policy after asking, and the text of fields that show what
 * the policy does not hold.
 */
public final class RevertPolicyHandler extends AbstractHandler {

    public static final String TITLE = Messages.RevertPolicyHandler_revertPolicy;

    @Override
    public Object execute(ExecutionEvent event) {
        ActivePolicy active = StudioPlugin.getDefault().activePolicy();
        boolean refused = !SaveGuards.refusedTexts().isEmpty();
        if ((active.isDirty() || refused) && MessageDialog.openConfirm(HandlerUtil.getActiveShell(event), TITLE,
                NLS.bind(Messages.RevertPolicyHandler_dropTheUnsavedEditsOf, active.file().getFileName()))) {
            active.revert();
            SaveGuards.discardRefusedTexts();
        }
        return null;
    }
}
