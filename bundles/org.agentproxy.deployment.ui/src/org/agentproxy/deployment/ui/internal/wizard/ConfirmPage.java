package org.agentproxy.deployment.ui.internal.wizard;

import org.eclipse.osgi.util.NLS;

import java.util.List;
import java.util.function.Supplier;

import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.TargetPlan;
import org.agentproxy.policy.diff.PolicyFields;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Page 3: what Finish does, in words. */
final class ConfirmPage extends WizardPage {

    private final Supplier<DeploymentPlan> plan;
    private final Supplier<String> impactWarning;
    private Label summary;
    private CanaryLine canary;

    /** @param impactWarning the fleet impact's warning about agents losing connectivity, or {@code null} */
    ConfirmPage(Supplier<DeploymentPlan> plan, Supplier<String> impactWarning) {
        super("confirm", Messages.ConfirmPage_confirm, null); //$NON-NLS-1$
        this.plan = plan;
        this.impactWarning = impactWarning;
        setDescription(Messages.ConfirmPage_finishDeploysInTheBackground);
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        canary = new CanaryLine(root, "deployWizard.canary.confirm", 1); //$NON-NLS-1$
        summary = new Label(root, SWT.WRAP);
        summary.setData("org.agentproxy.bot.id", "deployWizard.summary"); //$NON-NLS-1$ //$NON-NLS-2$
        summary.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        setControl(root);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            String warning = impactWarning.get();
            setMessage(warning == null ? null : Messages.ConfirmPage_agentsLoseConnectivityWithThis,
                    WARNING);
            canary.show(plan.get() == null ? List.of() : plan.get().targets().stream().map(t -> t.target()).toList());
            summary.setText(describe(plan.get()) + (warning == null ? "" : NLS.bind(Messages.ConfirmPage_fleetImpact0, warning))); //$NON-NLS-1$
            summary.getParent().layout(true, true);
        }
        super.setVisible(visible);
    }

    private static String describe(DeploymentPlan p) {
        if (p == null) {
            return ""; //$NON-NLS-1$
        }
        StringBuilder b = new StringBuilder(NLS.bind(Messages.ConfirmPage_deploy0Deployment1, p.policy().name(), p.id()));
        int i = 0;
        for (TargetPlan t : p.targets()) {
            b.append(i++ == 0 ? Messages.ConfirmPage_1Canary : "  " + i + ". ").append(t.target().group()).append(Messages.ConfirmPage_on) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(t.target().server()).append(t.isUpToDate() ? Messages.ConfirmPage_upToDateNotChanged
                            : t.isSecretsOnly() ? NLS.bind(Messages.ConfirmPage_version0Kept1Password, t.currentVersion(), t.secretChanges().size())
                            : NLS.bind(Messages.ConfirmPage_version0NewVersion1, t.currentVersion(), t.changes().size()))
                    .append('\n');
        }
        int secrets = PolicyFields.secretRefs(p.policy()).size();
        if (secrets > 0) {
            b.append(Messages.ConfirmPage_thePolicyRefersTo).append(secrets).append(secrets == 1 ? Messages.ConfirmPage_password : Messages.ConfirmPage_passwords)
                    .append(Messages.ConfirmPage_theirValuesGoToEach);
        }
        b.append(Messages.ConfirmPage_ifATargetFailsThe);
        return b.toString();
    }
}
