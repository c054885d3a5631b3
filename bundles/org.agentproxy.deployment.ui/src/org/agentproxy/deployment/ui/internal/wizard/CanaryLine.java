package org.agentproxy.deployment.ui.internal.wizard;

import org.eclipse.osgi.util.NLS;

import java.util.List;

import org.agentproxy.deployment.DeploymentTarget;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The line at the top of the Plan, Fleet Impact and Confirm pages that names the canary. */
final class CanaryLine {

    private final Label label;

    CanaryLine(Composite parent, String id, int span) {
        label = new Label(parent, SWT.WRAP);
        label.setData("org.agentproxy.bot.id", id); //$NON-NLS-1$
        label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
        label.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false, span, 1));
    }

    /** Names the first target (the rollout's canary) of these, in rollout order. */
    void show(List<DeploymentTarget> targets) {
        label.setText(text(targets));
        label.getParent().layout(true, true);
    }

    static String text(List<DeploymentTarget> targets) {
        if (targets == null || targets.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        DeploymentTarget canary = targets.get(0);
        return NLS.bind(Messages.CanaryLine_canary0On12, new Object[] { canary.group(), canary.server(), (targets.size() == 1
                ? Messages.CanaryLine_theOnlyTarget : NLS.bind(Messages.CanaryLine_deployedFirstIfItFails, (targets.size() - 1), (targets.size() == 2 ? Messages.CanaryLine_targetIs : Messages.CanaryLine_targetsAre))) });
    }
}
