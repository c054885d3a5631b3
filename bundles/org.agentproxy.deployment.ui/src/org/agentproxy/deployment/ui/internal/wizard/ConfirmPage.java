package org.agentproxy.deployment.ui.internal.wizard;

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
        super("confirm", "Confirm", null);
        this.plan = plan;
        this.impactWarning = impactWarning;
        setDescription("Finish deploys in the background; the Deployments view follows it.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        canary = new CanaryLine(root, "deployWizard.canary.confirm", 1);
        summary = new Label(root, SWT.WRAP);
        summary.setData("org.agentproxy.bot.id", "deployWizard.summary");
        summary.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        setControl(root);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            String warning = impactWarning.get();
            setMessage(warning == null ? null : "Agents lose connectivity with this change (Fleet Impact page).",
                    WARNING);
            canary.show(plan.get() == null ? List.of() : plan.get().targets().stream().map(t -> t.target()).toList());
            summary.setText(describe(plan.get()) + (warning == null ? "" : "\n\nFleet impact: " + warning));
            summary.getParent().layout(true, true);
        }
        super.setVisible(visible);
    }

    private static String describe(DeploymentPlan p) {
        if (p == null) {
            return "";
        }
        StringBuilder b = new StringBuilder("Deploy \"" + p.policy().name() + "\" (deployment " + p.id() + "):\n");
        int i = 0;
        for (TargetPlan t : p.targets()) {
            b.append(i++ == 0 ? "  1. canary: " : "  " + i + ". ").append(t.target().group()).append(" on ")
                    .append(t.target().server()).append(t.isUpToDate() ? " — up to date, not changed"
                            : t.isSecretsOnly() ? " — version " + t.currentVersion() + " kept, "
                                    + t.secretChanges().size() + " password changes: only the values are sent"
                            : " — version " + t.currentVersion() + " → new version, " + t.changes().size()
                                    + " field changes")
                    .append('\n');
        }
        int secrets = PolicyFields.secretRefs(p.policy()).size();
        if (secrets > 0) {
            b.append("\nThe policy refers to ").append(secrets).append(secrets == 1 ? " password" : " passwords")
                    .append(": their values go to each policy server first (encrypted there, served only to the "
                            + "group's agents). A password without a stored value fails the target.\n");
        }
        b.append("\nIf a target fails, the rollout halts and the rest are skipped. Each change is conditional on "
                + "the version read for this plan: a target changed since is left alone (conflict).");
        return b.toString();
    }
}
