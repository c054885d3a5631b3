package org.agentproxy.cli.tests;

import java.util.List;
import java.util.function.Supplier;

import org.agentproxy.deployment.Credentials;
import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.RolloutOptions;
import org.agentproxy.deployment.SecretValues;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.deployment.VersionInfo;
import org.agentproxy.policy.Policy;
import org.eclipse.core.runtime.IProgressMonitor;

/** The real deployment service, with someone else's deploy landing between the plan and its execution. */
final class RacingService implements Supplier<DeploymentService>, DeploymentService {

    private final Runnable interloper;
    private DeploymentService real;

    RacingService(Runnable interloper) {
        this.interloper = interloper;
    }

    @Override
    public DeploymentService get() {
        real = lookup(); // registered: the test deployed through it before
        return this;
    }

    private static DeploymentService lookup() {
        var context = org.osgi.framework.FrameworkUtil.getBundle(RacingService.class).getBundleContext();
        var ref = context.getServiceReference(DeploymentService.class);
        if (ref == null) {
            throw new AssertionError("the deployment service is not registered yet");
        }
        return context.getService(ref);
    }

    @Override
    public DeploymentPlan plan(Policy policy, List<DeploymentTarget> targets, Credentials credentials,
            SecretValues secrets, IProgressMonitor monitor) {
        DeploymentPlan plan = real.plan(policy, targets, credentials, secrets, monitor);
        interloper.run();
        return plan;
    }

    @Override
    public DeploymentResult execute(DeploymentPlan plan, RolloutOptions options, Credentials credentials,
            SecretValues secrets, IProgressMonitor monitor) {
        return real.execute(plan, options, credentials, secrets, monitor);
    }

    @Override
    public DeploymentResult rollback(DeploymentResult deployment, RolloutOptions options, Credentials credentials,
            IProgressMonitor monitor) {
        return real.rollback(deployment, options, credentials, monitor);
    }

    @Override
    public DeploymentResult rollbackTarget(DeploymentTarget target, long toVersion, RolloutOptions options,
            Credentials credentials, IProgressMonitor monitor) {
        return real.rollbackTarget(target, toVersion, options, credentials, monitor);
    }

    @Override
    public List<VersionInfo> history(DeploymentTarget target, Credentials credentials, IProgressMonitor monitor)
            throws TransportException {
        return real.history(target, credentials, monitor);
    }
}
