package org.agentproxy.deployment.ui.internal.wizard;

import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.PolicyErrors;
import org.agentproxy.ui.Studio;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Deployment → Deploy Policy…: the wizard on the open policy (as edited). Refused when a field shows text the
 * policy does not hold (unless the user discards it) and when the policy has errors.
 */
public final class DeployHandler extends AbstractHandler {

    public static final String TITLE = "Deploy Policy";
    public static final String REFUSED_TITLE = "Cannot Deploy Policy";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ActivePolicy active = Studio.activePolicy();
        if (active == null || active.policy() == null) {
            MessageDialog.openInformation(shell, TITLE, "Open a policy first (File → Open Policy…).");
            return null;
        }
        if (!Studio.confirmFieldsApplied(shell, "deploy")) {
            return null;
        }
        int errors = PolicyErrors.of(active.problems()).size();
        if (errors > 0) {
            MessageDialog.openError(shell, REFUSED_TITLE, "The policy has " + PolicyErrors.count(errors)
                    + ", and a policy with errors is not deployed:\n\n" + PolicyErrors.list(active.problems())
                    + "\n\nFix them first: Policy Problems lists every error, and a double-click goes to its field.");
            return null;
        }
        String note = null;
        if (active.isDirty()) {
            note = "The policy has unsaved edits: they are deployed as they are now.";
        }
        WizardDialog dialog = new WizardDialog(shell, new DeployWizard(active.policy(), note));
        dialog.setPageSize(860, 420);
        dialog.open();
        return null;
    }
}
