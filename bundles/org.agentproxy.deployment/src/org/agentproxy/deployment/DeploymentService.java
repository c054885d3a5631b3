package org.agentproxy.deployment;

import java.util.Collection;
import java.util.List;

import org.agentproxy.deployment.internal.Deployer;
import org.agentproxy.policy.Policy;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Plans, runs and rolls back deployments over the registered {@link DeploymentTransport}s. An OSGi service;
 * {@link #over} makes one outside OSGi (tests, tools). Thread-safe; every method reports progress to and stops
 * early when cancelled through its monitor.
 */
public interface DeploymentService {

    /** A service over the given transports (the OSGi service follows the registered ones instead). */
    static DeploymentService over(Collection<? extends DeploymentTransport> transports) {
        List<DeploymentTransport> fixed = List.copyOf(transports);
        return new Deployer(() -> fixed);
    }

    /**
     * Reads what is deployed at every target and diffs it against the policy. Does not change anything; a target
     * that cannot be read gets a {@link TargetPlan#problem()}.
     *
     * @param targets in rollout order: the canaries first
     */
    DeploymentPlan plan(Policy policy, List<DeploymentTarget> targets, Credentials credentials,
            IProgressMonitor monitor);

    /** Rolls the plan out: canaries, then the rest, halting past the threshold; records it in the journal. */
    DeploymentResult execute(DeploymentPlan plan, RolloutOptions options, Credentials credentials,
            IProgressMonitor monitor);

    /**
     * Rolls back a whole deployment: every target it deployed gets the version it had before, as a new version
     * (only if nothing changed there since). Recorded in the journal.
     */
    DeploymentResult rollback(DeploymentResult deployment, RolloutOptions options, Credentials credentials,
            IProgressMonitor monitor);

    /**
     * Rolls one target back to a version, as a new version.
     *
     * @param toVersion the version to restore, or 0 for the one before the current version
     */
    DeploymentResult rollbackTarget(DeploymentTarget target, long toVersion, RolloutOptions options,
            Credentials credentials, IProgressMonitor monitor);

    /** The target's versions, oldest first. */
    List<VersionInfo> history(DeploymentTarget target, Credentials credentials, IProgressMonitor monitor)
            throws TransportException;
}
