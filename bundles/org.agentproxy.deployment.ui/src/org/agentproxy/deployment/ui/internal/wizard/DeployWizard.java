package org.agentproxy.deployment.ui.internal.wizard;

import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.ui.internal.DeploymentUi;
import org.agentproxy.deployment.ui.internal.view.DeploymentsView;
import org.agentproxy.policy.Policy;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Deploy Policy: targets (server × group) → the plan, field by field per target → confirm. Finish runs the
 * deployment in a Job and shows the Deployments view.
 */
public final class DeployWizard extends Wizard {

    private final Policy policy;
    private final TargetsPage targets;
    private final PlanPage plan;
    private final ConfirmPage confirm;

    public DeployWizard(Policy policy, String problemsNote) {
        this.policy = policy;
        setWindowTitle("Deploy Policy");
        setNeedsProgressMonitor(true);
        targets = new TargetsPage(policy, problemsNote);
        plan = new PlanPage(policy, targets::selected);
        confirm = new ConfirmPage(plan::plan);
    }

    @Override
    public void addPages() {
        addPage(targets);
        addPage(plan);
        addPage(confirm);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == confirm && plan.plan() != null;
    }

    @Override
    public boolean performFinish() {
        DeploymentPlan ready = plan.plan();
        DeploymentUi ui = DeploymentUi.get();
        DeploymentService service = ui.deploymentService();
        var credentials = ui.servers().credentials();
        var options = ui.options();
        ui.activity().start("Deploy \"" + policy.name() + "\" to " + ready.targets().size()
                + (ready.targets().size() == 1 ? " target" : " targets"),
                monitor -> service.execute(ready, options, credentials, monitor));
        try {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(DeploymentsView.ID);
        } catch (PartInitException | NullPointerException e) {
            // the deployment runs anyway; the view is under Deployment → Deployments
        }
        return true;
    }
}
