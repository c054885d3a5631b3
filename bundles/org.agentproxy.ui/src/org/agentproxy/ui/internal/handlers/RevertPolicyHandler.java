package org.agentproxy.ui.internal.handlers;

import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.internal.StudioPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** File → Revert: drops the unsaved edits of the open policy after asking. */
public final class RevertPolicyHandler extends AbstractHandler {

    public static final String TITLE = "Revert Policy";

    @Override
    public Object execute(ExecutionEvent event) {
        ActivePolicy active = StudioPlugin.getDefault().activePolicy();
        if (active.isDirty() && MessageDialog.openConfirm(HandlerUtil.getActiveShell(event), TITLE,
                "Drop the unsaved edits of " + active.file().getFileName() + "?")) {
            active.revert();
        }
        return null;
    }
}
