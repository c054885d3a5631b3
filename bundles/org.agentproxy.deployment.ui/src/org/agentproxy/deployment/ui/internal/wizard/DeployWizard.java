package org.agentproxy.deployment.ui.internal.wizard;

import org.eclipse.osgi.util.NLS;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.SecretValues;
import org.agentproxy.deployment.ui.internal.DeploymentUi;
import org.agentproxy.deployment.ui.internal.view.DeploymentsView;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.diff.PolicyFields;
import org.agentproxy.policy.store.secrets.SecretStoreException;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.Studio;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Deploy Policy: targets (server × group) → the plan, field by field per target → the fleet impact per target →
 * confirm. Finish runs the
 * deployment in a Job and shows the Deployments view.
 */
public final class DeployWizard extends Wizard {

    private final Policy policy;
    private final TargetsPage targets;
    private final PlanPage plan;
    private final ImpactPage impact;
    private final ConfirmPage confirm;

    public DeployWizard(Policy policy, String problemsNote) {
        this.policy = policy;
        setWindowTitle(Messages.DeployWizard_deployPolicy);
        setNeedsProgressMonitor(true);
        targets = new TargetsPage(policy, problemsNote);
        plan = new PlanPage(policy, targets::selected);
        impact = new ImpactPage(plan::plan);
        confirm = new ConfirmPage(plan::plan, impact::warning);
    }

    @Override
    public void addPages() {
        addPage(targets);
        addPage(plan);
        addPage(impact);
        addPage(confirm);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == confirm && plan.plan() != null;
    }

    /**
     * The values of the policy's secrets, read now on the UI thread (typed and unsaved, or stored in secure storage)
     * for the plan's or the deployment's Job; a secret without a value is left out, and the engine reports it per
     * target.
     */
    static SecretValues secretsOf(Policy policy) throws SecretStoreException {
        ActivePolicy active = Studio.activePolicy();
        Map<SecretRef, char[]> values = new HashMap<>();
        try {
            for (SecretRef ref : PolicyFields.secretRefs(policy).values()) {
                if (!values.containsKey(ref) && active != null) {
                    active.secret(ref).ifPresent(v -> values.put(ref, v));
                }
            }
            return SecretValues.of(values);
        } finally {
            values.values().forEach(v -> Arrays.fill(v, '\0'));
        }
    }

    @Override
    public boolean performFinish() {
        DeploymentPlan ready = plan.plan();
        SecretValues secrets;
        try {
            secrets = secretsOf(ready.policy());
        } catch (SecretStoreException e) {
            confirm.setErrorMessage(NLS.bind(Messages.DeployWizard_thePasswordsCannotBeRead, e.getMessage()));
            return false;
        }
        DeploymentUi ui = DeploymentUi.get();
        DeploymentService service = ui.deploymentService();
        var credentials = ui.servers().credentials();
        var options = ui.options();
        ui.activity().start(NLS.bind(Messages.DeployWizard_deploy0To12, new Object[] { policy.name(), ready.targets().size(), (ready.targets().size() == 1 ? Messages.DeployWizard_target : Messages.DeployWizard_targets) }),
                monitor -> service.execute(ready, options, credentials, secrets, monitor));
        try {
            PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(DeploymentsView.ID);
        } catch (PartInitException | NullPointerException e) {
            // the deployment runs anyway; the view is under Deployment → Deployments
        }
        return true;
    }
}
