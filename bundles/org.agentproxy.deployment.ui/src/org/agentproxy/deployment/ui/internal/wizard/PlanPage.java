package org.agentproxy.deployment.ui.internal.wizard;

import org.agentproxy.ui.ColumnWidths;

import org.eclipse.osgi.util.NLS;

import java.util.List;
import java.util.function.Supplier;

import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.SecretChange;
import org.agentproxy.deployment.SecretValues;
import org.agentproxy.deployment.TargetPlan;
import org.agentproxy.deployment.ui.internal.DeploymentUi;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.diff.FieldChange;
import org.agentproxy.policy.store.secrets.SecretStoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Page 2: the plan. Per target, the field-by-field diff against what is deployed there now and, per password
 * the policy refers to, whether its value there changes (new, changed, unchanged: never a value), from
 * {@code DeploymentService.plan} (run in a Job each time the targets change).
 */
final class PlanPage extends WizardPage {

    private final Policy policy;
    private final Supplier<List<DeploymentTarget>> targets;
    private List<DeploymentTarget> planned;
    private volatile DeploymentPlan plan;
    private Table table;
    private CanaryLine canary;

    PlanPage(Policy policy, Supplier<List<DeploymentTarget>> targets) {
        super("plan", Messages.PlanPage_plan, null); //$NON-NLS-1$
        this.policy = policy;
        this.targets = targets;
        setDescription(Messages.PlanPage_whatChangesAtEachTarget);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        canary = new CanaryLine(root, "deployWizard.canary.plan", 1); //$NON-NLS-1$
        table = new Table(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("org.agentproxy.bot.id", "deployWizard.plan"); //$NON-NLS-1$ //$NON-NLS-2$
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String[] c : new String[][] {{Messages.PlanPage_target, "110"}, {Messages.PlanPage_field, "355"}, {Messages.PlanPage_deployed, "155"}, {Messages.PlanPage_new, "150"}}) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(c[0]);
            ColumnWidths.set(column, Integer.parseInt(c[1]));
        }
        setControl(root);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        List<DeploymentTarget> now = targets.get();
        if (visible && !now.equals(planned)) {
            planned = now;
            start(now);
        }
    }

    private void start(List<DeploymentTarget> list) {
        plan = null;
        canary.show(list);
        table.removeAll();
        setPageComplete(false);
        setMessage(NLS.bind(Messages.PlanPage_readingWhatIsDeployedAt, list.size()));
        var credentials = DeploymentUi.get().servers().credentials();
        var service = DeploymentUi.get().deploymentService();
        SecretValues secrets;
        try {
            secrets = DeployWizard.secretsOf(policy); // compared with the servers' fingerprints, never sent
        } catch (SecretStoreException e) {
            setErrorMessage(NLS.bind(Messages.PlanPage_thePasswordsCannotBeRead, e.getMessage()));
            return;
        }
        Job job = Job.create(NLS.bind(Messages.PlanPage_planningTheDeploymentOf0, policy.name()), monitor -> {
            try {
                DeploymentPlan result = service.plan(policy, list, credentials, secrets, monitor);
                table.getDisplay().asyncExec(() -> show(list, result));
            } catch (RuntimeException e) {
                table.getDisplay().asyncExec(() -> {
                    if (!table.isDisposed()) {
                        setErrorMessage(NLS.bind(Messages.PlanPage_thePlanCannotBeMade, e.getMessage()));
                    }
                });
            }
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    private void show(List<DeploymentTarget> list, DeploymentPlan result) {
        if (table.isDisposed() || !list.equals(planned)) {
            return;
        }
        plan = result;
        int changes = 0;
        int secretChanges = 0;
        for (TargetPlan t : result.targets()) {
            String target = NLS.bind(Messages.PlanPage_0V1, t.target().group(), t.currentVersion());
            if (!t.isReady()) {
                row(target, NLS.bind(Messages.PlanPage_cannotBeRead0, t.problem()), "", ""); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (t.isUpToDate()) {
                row(target, Messages.PlanPage_upToDateNothingTo, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (t.isSecretsOnly()) {
                row(target, Messages.PlanPage_policyUpToDateOnly, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
            }
            for (FieldChange c : t.changes()) {
                row(target, c.path(), c.before() == null ? "" : c.before(), c.after() == null ? "" : c.after()); //$NON-NLS-1$ //$NON-NLS-2$
                changes++;
            }
            for (SecretChange c : t.isReady() ? t.secrets() : List.<SecretChange>of()) {
                row(target, c.field(), c.state() == SecretChange.State.NEW ? Messages.PlanPage_noPassword : Messages.PlanPage_passwordNotShown,
                        secretState(c.state()));
                secretChanges += c.isChange() ? 1 : 0;
            }
        }
        if (!result.isReady()) {
            setMessage(null);
            setErrorMessage(Messages.PlanPage_someTargetsCannotBeRead);
        } else {
            setErrorMessage(null);
            setMessage(NLS.bind(Messages.PlanPage_0FieldChanges1At, new Object[] { changes, (secretChanges == 0 ? "" : ", " + secretChanges //$NON-NLS-1$ //$NON-NLS-2$
                    + (secretChanges == 1 ? Messages.PlanPage_passwordChange : Messages.PlanPage_passwordChanges)), result.targets().size(), (result.targets().size() == 1 ? Messages.PlanPage_target2 : Messages.PlanPage_targets) }));
        }
        setPageComplete(result.isReady() && !result.isUpToDate());
    }

    private void row(String... cells) {
        new TableItem(table, SWT.NONE).setText(cells);
    }

    /** The plan, once read; {@code null} before. */
    DeploymentPlan plan() {
        return plan;
    }

    /** What a deployment does to a password at a target, in words (the enum's label stays in the journal). */
    private static String secretState(SecretChange.State state) {
        return switch (state) {
            case NEW -> Messages.PlanPage_secretNew;
            case CHANGED -> Messages.PlanPage_secretChanged;
            case UNCHANGED -> Messages.PlanPage_secretUnchanged;
            case NO_VALUE -> Messages.PlanPage_secretNoValue;
            case NOT_COMPARED -> Messages.PlanPage_secretNotCompared;
        };
    }
}
