package org.agentproxy.deployment.ui.internal.wizard;

import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.Studio;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Deployment → Deploy Policy…: the wizard on the open policy (as edited). */
public final class DeployHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ActivePolicy active = Studio.activePolicy();
        if (active == null || active.policy() == null) {
            MessageDialog.openInformation(shell, "Deploy Policy", "Open a policy first (File → Open Policy…).");
            return null;
        }
        String note = null;
        if (active.errorCount() > 0) {
            note = "The policy has " + active.errorCount() + " errors (Policy Problems): servers refuse it.";
        } else if (active.isDirty()) {
            note = "The policy has unsaved edits: they are deployed as they are now.";
        }
        WizardDialog dialog = new WizardDialog(shell, new DeployWizard(active.policy(), note));
        dialog.setPageSize(860, 420);
        dialog.open();
        return null;
    }
}
