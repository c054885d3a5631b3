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
    default DeploymentPlan plan(Policy policy, List<DeploymentTarget> targets, Credentials credentials,
            IProgressMonitor monitor) {
        return plan(policy, targets, credentials, SecretValues.NONE, monitor);
    }

    /**
     * Reads what is deployed at every target and diffs it against the policy, and, per secret the policy refers
     * to, compares the given value with the target's fingerprint of its value ({@link TargetPlan#secrets()}): a
     * target whose policy is up to date but whose secret values differ is not up to date. No value leaves the
     * client and nothing changes.
     *
     * @param targets in rollout order: the canaries first
     * @param secrets the values the deployment will send (the same as given to {@link #execute})
     */
    DeploymentPlan plan(Policy policy, List<DeploymentTarget> targets, Credentials credentials, SecretValues secrets,
            IProgressMonitor monitor);

    /**
     * Rolls the plan out without secret values ({@link SecretValues#NONE}): for a policy that refers to no secret,
     * or for transports that carry none.
     */
    default DeploymentResult execute(DeploymentPlan plan, RolloutOptions options, Credentials credentials,
            IProgressMonitor monitor) {
        return execute(plan, options, credentials, SecretValues.NONE, monitor);
    }

    /**
     * Rolls the plan out: canaries, then the rest, halting past the threshold; records it in the journal. To a
     * target whose transport {@linkplain DeploymentTransport#carriesSecrets() carries secrets} the values of the
     * secrets the policy refers to go first; a referenced secret without a value fails that target (naming the
     * field) before anything is sent. A target whose policy is up to date but whose secrets the plan found changed
     * gets only the values ({@link TargetResult.Outcome#SECRETS_UPDATED}, no new version).
     *
     * @param secrets where the values of the policy's secrets come from
     */
    DeploymentResult execute(DeploymentPlan plan, RolloutOptions options, Credentials credentials,
            SecretValues secrets, IProgressMonitor monitor);

    /**
     * Rolls back a whole deployment: every target it deployed gets the version it had before, as a new version
     * (only if nothing changed there since). Recorded in the journal. Secret values are not sent again: the target
     * keeps the ones it has.
     *
     * @throws IllegalStateException when the deployment cannot be rolled back: it is itself a rollback, it deployed
     *                               no target, or it was rolled back already (in this session or, with a journal,
     *                               by any client writing to it) or is being rolled back now; the message says which
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
