package org.agentproxy.deployment.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.function.Supplier;

import org.agentproxy.deployment.Credentials;
import org.agentproxy.deployment.DeployedPolicy;
import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.DeploymentTransport;
import org.agentproxy.deployment.RetryPolicy;
import org.agentproxy.deployment.RolloutOptions;
import org.agentproxy.deployment.SecretValues;
import org.agentproxy.deployment.TargetPlan;
import org.agentproxy.deployment.TargetResult;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.deployment.VersionInfo;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.diff.PolicyDiff;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/** The deployment engine over a changing set of transports. Thread-safe. */
public class Deployer implements DeploymentService {

    /** Plans read each target with two attempts: a plan is cheap to make again. */
    static final RetryPolicy PLAN_RETRY = new RetryPolicy(2, java.time.Duration.ofMillis(200), 1.0,
            java.time.Duration.ofMillis(200));

    private final Supplier<List<DeploymentTransport>> transports;
    /** Deployments being rolled back now, by id. */
    private final Set<String> rollingBack = ConcurrentHashMap.newKeySet();
    /** Deployments rolled back by this engine: the id of the rollback, by the deployment's id. */
    private final Map<String, String> rolledBack = new ConcurrentHashMap<>();

    public Deployer(Supplier<List<DeploymentTransport>> transports) {
        this.transports = transports;
    }

    @Override
    public DeploymentPlan plan(Policy policy, List<DeploymentTarget> targets, Credentials credentials,
            SecretValues secrets, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, Messages.bind(Messages.Deployer_planning, policy.name()),
                targets.size());
        Transports available = new Transports(transports, credentials);
        List<TargetPlan> plans = new ArrayList<>();
        try (PolicySecrets values = new PolicySecrets(policy, secrets)) {
            for (DeploymentTarget target : targets) {
                sub.subTask(Messages.bind(Messages.Deployer_reading, target));
                TargetPlan read = planOne(policy, target, available, sub.split(1));
                plans.add(read.isReady() ? SecretComparison.of(read, values, available, monitor) : read);
            }
        }
        return new DeploymentPlan(Digests.newId(Instant.now()), policy, Instant.now(), plans);
    }

    private static TargetPlan planOne(Policy policy, DeploymentTarget target, Transports available,
            IProgressMonitor monitor) {
        Optional<DeploymentTransport> transport = available.forTarget(target);
        if (transport.isEmpty()) {
            return new TargetPlan(target, null, 0, List.of(), Transports.noTransport(target),
                    TransportException.Kind.REJECTED);
        }
        var read = Retrier.call(PLAN_RETRY, monitor, target.toString(),
                () -> transport.get().current(target, available.token(target), monitor));
        if (!read.succeeded()) {
            return new TargetPlan(target, transport.get().id(), 0, List.of(), read.failure().getMessage(),
                    read.failure().kind());
        }
        Optional<DeployedPolicy> now = read.value();
        Policy deployed = now.map(DeployedPolicy::policy).orElse(null);
        return new TargetPlan(target, transport.get().id(), now.map(DeployedPolicy::version).orElse(0L),
                PolicyDiff.between(deployed, policy), null, null, deployed);
    }

    @Override
    public DeploymentResult execute(DeploymentPlan plan, RolloutOptions options, Credentials credentials,
            SecretValues secrets, IProgressMonitor monitor) {
        DeploymentResult result = new Rollout(new Transports(transports, credentials), options, secrets).run(plan,
                monitor);
        return journal(plan, result, options);
    }

    @Override
    public DeploymentResult rollback(DeploymentResult deployment, RolloutOptions options, Credentials credentials,
            IProgressMonitor monitor) {
        refuseRollback(deployment, options);
        if (!rollingBack.add(deployment.id())) {
            throw new IllegalStateException(deployment.id() + " is being rolled back now; it cannot be rolled back "
                    + "twice");
        }
        try {
            Rollbacks rollbacks = new Rollbacks(new Transports(transports, credentials), options);
            DeploymentResult result = journal(null, rollbacks.ofDeployment(deployment, monitor), options);
            if (result.results().stream().anyMatch(r -> r.outcome() == TargetResult.Outcome.ROLLED_BACK)) {
                rolledBack.put(deployment.id(), result.id());
            }
            return result;
        } finally {
            rollingBack.remove(deployment.id());
        }
    }

    /** Throws when rolling the deployment back makes no sense, saying why. */
    private void refuseRollback(DeploymentResult deployment, RolloutOptions options) {
        if (!"deploy".equals(deployment.kind())) {
            throw new IllegalStateException(deployment.id() + " is a rollback, not a deployment: it cannot be rolled "
                    + "back (deploy the policy you want, or roll a target back to a version)");
        }
        if (deployment.results().stream().noneMatch(r -> r.outcome() == TargetResult.Outcome.DEPLOYED)
                && deployment.results().stream().anyMatch(r -> r.outcome() == TargetResult.Outcome.SECRETS_UPDATED)) {
            throw new IllegalStateException(deployment.id() + " only sent secret values, which this client cannot "
                    + "restore (it never had the old ones): deploy the old values the same way");
        }
        if (deployment.results().stream().noneMatch(r -> r.outcome() == TargetResult.Outcome.DEPLOYED)) {
            throw new IllegalStateException(deployment.id() + " deployed no target (" + deployment.status()
                    + "): there is nothing to roll back");
        }
        String by = rolledBack.get(deployment.id());
        if (by == null && options.journal() != null) {
            try {
                by = options.journal().rollbacksOf(deployment.id()).stream().map(DeploymentResult::id).findFirst()
                        .orElse(null);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("whether " + deployment.id() + " was rolled back already cannot be "
                        + "read from " + options.journal().directory() + ": " + e.getMessage(), e);
            }
        }
        if (by != null) {
            throw new IllegalStateException(deployment.id() + " was rolled back already (by " + by + "); rolling it "
                    + "back again would undo changes made since: roll a target back to a version instead");
        }
    }

    @Override
    public DeploymentResult rollbackTarget(DeploymentTarget target, long toVersion, RolloutOptions options,
            Credentials credentials, IProgressMonitor monitor) {
        Rollbacks rollbacks = new Rollbacks(new Transports(transports, credentials), options);
        return journal(null, rollbacks.ofTarget(target, toVersion, monitor), options);
    }

    @Override
    public List<VersionInfo> history(DeploymentTarget target, Credentials credentials, IProgressMonitor monitor)
            throws TransportException {
        Transports available = new Transports(transports, credentials);
        DeploymentTransport transport = available.forTarget(target).orElseThrow(
                () -> new TransportException(TransportException.Kind.REJECTED, 0, Transports.noTransport(target)));
        try {
            var read = Retrier.call(RetryPolicy.DEFAULT, monitor, target.toString(),
                    () -> transport.history(target, available.token(target), monitor));
            if (!read.succeeded()) {
                throw read.failure();
            }
            return read.value();
        } catch (OperationCanceledException e) {
            throw new TransportException(TransportException.Kind.FAILED, 0, "cancelled");
        }
    }

    private static DeploymentResult journal(DeploymentPlan plan, DeploymentResult result, RolloutOptions options) {
        if (options.journal() == null) {
            return result;
        }
        try {
            options.journal().record(plan, result);
            return result;
        } catch (IOException | RuntimeException e) {
            List<String> warnings = new ArrayList<>(result.warnings());
            warnings.add("the deployment record could not be written to " + options.journal().directory() + ": "
                    + e.getMessage());
            return new DeploymentResult(result.id(), result.kind(), result.rollbackOf(), result.policyName(),
                    result.started(), result.finished(), result.status(), result.results(), warnings);
        }
    }
}
