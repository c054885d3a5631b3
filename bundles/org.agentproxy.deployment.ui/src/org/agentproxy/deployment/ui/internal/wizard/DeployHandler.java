package org.agentproxy.deployment.ui.internal.wizard;

import org.eclipse.osgi.util.NLS;

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

    public static final String TITLE = Messages.DeployHandler_deployPolicy;
    public static final String REFUSED_TITLE = Messages.DeployHandler_cannotDeployPolicy;

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        ActivePolicy active = Studio.activePolicy();
        if (active == null || active.policy() == null) {
            MessageDialog.openInformation(shell, TITLE, Messages.DeployHandler_openAPolicyFirstFile);
            return null;
        }
        if (!Studio.confirmFieldsApplied(shell, Messages.DeployHandler_deploy)) {
            return null;
        }
        int errors = PolicyErrors.of(active.problems()).size();
        if (errors > 0) {
            MessageDialog.openError(shell, REFUSED_TITLE, NLS.bind(Messages.DeployHandler_thePolicyHas0And, PolicyErrors.count(errors), PolicyErrors.list(active.problems())));
            return null;
        }
        String note = null;
        if (active.isDirty()) {
            note = Messages.DeployHandler_thePolicyHasUnsavedEdits;
        }
        WizardDialog dialog = new WizardDialog(shell, new DeployWizard(active.policy(), note));
        dialog.setPageSize(860, 420);
        dialog.open();
        return null;
    }
}
