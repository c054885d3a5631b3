package org.agentproxy.deployment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.DeployedPolicy;
import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.DeploymentResult.Status;
import org.agentproxy.deployment.DeploymentTransport;
import org.agentproxy.deployment.RolloutOptions;
import org.agentproxy.deployment.SecretValues;
import org.agentproxy.deployment.TargetPlan;
import org.agentproxy.deployment.TargetResult;
import org.agentproxy.deployment.TargetResult.Outcome;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.policy.Policy;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Runs a plan: the canaries first (any failure among them halts), then the other targets one by one, halting when
 * the failures pass {@link RolloutOptions#maxFailures()}; targets not attempted are {@link Outcome#SKIPPED}.
 */
final class Rollout {

    private final Transports transports;
    private final RolloutOptions options;
    private final SecretValues secretValues;
    private PolicySecrets secrets;

    Rollout(Transports transports, RolloutOptions options, SecretValues secretValues) {
        this.transports = transports;
        this.options = options;
        this.secretValues = secretValues;
    }

    DeploymentResult run(DeploymentPlan plan, IProgressMonitor monitor) {
        try (PolicySecrets values = new PolicySecrets(plan.policy(), secretValues)) {
            secrets = values;
            return runTargets(plan, monitor);
        }
    }

    private DeploymentResult runTargets(DeploymentPlan plan, IProgressMonitor monitor) {
        Instant started = Instant.now();
        SubMonitor sub = SubMonitor.convert(monitor, Messages.bind(Messages.Rollout_deploying, plan.policy().name()),
                plan.targets().size());
        List<TargetResult> results = new ArrayList<>();
        int failures = 0;
        String stop = null;
        Status status = Status.SUCCEEDED;
        for (int i = 0; i < plan.targets().size(); i++) {
            TargetPlan target = plan.targets().get(i);
            if (stop == null && sub.isCanceled()) {
                stop = Messages.Rollout_cancelledBefore;
                status = Status.CANCELLED;
            }
            if (stop != null) {
                results.add(new TargetResult(target.target(), Outcome.SKIPPED, target.currentVersion(), 0, 0, stop));
                continue;
            }
            boolean canary = i < options.canaryCount() && plan.targets().size() > 1;
            sub.subTask(canary ? Messages.bind(Messages.Rollout_canary, target.target())
                    : target.target().toString());
            TargetResult result;
            try {
                result = deployOne(target, plan.policy(), plan.id(), sub.split(1));
            } catch (OperationCanceledException e) {
                result = new TargetResult(target.target(), Outcome.SKIPPED, target.currentVersion(), 0, 0,
                        Messages.Rollout_cancelled);
                stop = Messages.Rollout_cancelledBefore;
                status = Status.CANCELLED;
            }
            results.add(result);
            if (result.isFailure()) {
                failures++;
                if (i < options.canaryCount()) {
                    stop = Messages.bind(Messages.Rollout_canaryFailed, target.target());
                    status = Status.HALTED;
                } else if (failures > options.maxFailures()) {
                    stop = Messages.bind(Messages.Rollout_tooManyFailures, failures, options.maxFailures());
                    status = Status.HALTED;
                }
            }
        }
        if (status == Status.SUCCEEDED && failures > 0) {
            status = Status.PARTIAL;
        }
        return new DeploymentResult(plan.id(), "deploy", null, plan.policy().name(), started, Instant.now(), status,
                results, List.of());
    }

    private TargetResult deployOne(TargetPlan plan, Policy policy, String note, IProgressMonitor monitor) {
        Optional<DeploymentTransport> transport = transports.forTarget(plan.target());
        if (transport.isEmpty()) {
            return failed(plan, 0, Transports.noTransport(plan.target()), TransportException.Kind.REJECTED);
        }
        DeploymentTransport t = transport.get();
        AccessToken token = transports.token(plan.target());
        long current = plan.currentVersion();
        if (!plan.isReady()) { // the plan could not read the target: read it again now
            var read = Retrier.call(options.retry(), monitor, plan.target().toString(),
                    () -> t.current(plan.target(), token, monitor));
            if (!read.succeeded()) {
                return failed(plan, read.attempts(), read.failure().getMessage(), read.failure().kind());
            }
            Optional<DeployedPolicy> now = read.value();
            if (now.isPresent() && now.get().policy().equals(policy)) {
                return new TargetResult(plan.target(), Outcome.UNCHANGED, now.get().version(), 0, 0, null);
            }
            current = now.map(DeployedPolicy::version).orElse(0L);
        } else if (plan.isUpToDate()) {
            return new TargetResult(plan.target(), Outcome.UNCHANGED, current, 0, 0, null);
        } else if (plan.isSecretsOnly()) {
            return sendSecretsOnly(t, plan, token, monitor);
        }
        long expected = current;
        String secretsNote = null;
        if (!secrets.isEmpty()) {
            if (!t.carriesSecrets()) {
                secretsNote = Messages.bind(Messages.Rollout_secretsNotCarried, secrets.count(), t.id());
            } else {
                var sent = sendSecrets(t, plan, token, expected, monitor);
                if (!sent.succeeded()) {
                    return secretsFailure(plan, expected, sent);
                }
                secretsNote = secrets.count() == 1 ? Messages.Rollout_withOneSecret
                        : Messages.bind(Messages.Rollout_withSecrets, secrets.count());
            }
        }
        var outcome = Retrier.call(options.retry(), monitor, plan.target().toString(),
                () -> t.deploy(plan.target(), token, policy, expected, note, monitor));
        if (outcome.succeeded()) {
            return new TargetResult(plan.target(), Outcome.DEPLOYED, expected, outcome.value(), outcome.attempts(),
                    secretsNote);
        }
        TransportException failure = outcome.failure();
        if (failure.kind() == TransportException.Kind.CONFLICT) {
            if (outcome.attempts() > 1) { // an earlier attempt may have landed although its answer was lost
                Optional<TargetResult> landed = confirm(t, plan, token, policy, expected, outcome.attempts(),
                        monitor);
                if (landed.isPresent()) {
                    return landed.get();
                }
            }
            return new TargetResult(plan.target(), Outcome.CONFLICT, expected, 0, outcome.attempts(),
                    Messages.bind(Messages.Rollout_conflict, failure.getMessage()), failure.kind());
        }
        return failed(plan, outcome.attempts(), failure.getMessage(), failure.kind());
    }

    /**
     * The target has the policy but not the client's secret values (the plan compared them): sends only the values,
     * conditional on the planned version; no new version is made.
     */
    private TargetResult sendSecretsOnly(DeploymentTransport t, TargetPlan plan, AccessToken token,
            IProgressMonitor monitor) {
        var sent = sendSecrets(t, plan, token, plan.currentVersion(), monitor);
        if (!sent.succeeded()) {
            return secretsFailure(plan, plan.currentVersion(), sent);
        }
        List<String> changed = plan.secretChanges().stream().map(c -> c.field() + " (" + c.state().label() + ")")
                .toList();
        return new TargetResult(plan.target(), Outcome.SECRETS_UPDATED, plan.currentVersion(), 0, sent.attempts(),
                Messages.bind(changed.size() == 1 ? Messages.Rollout_secretsOnlyOne : Messages.Rollout_secretsOnly,
                        plan.currentVersion(), String.join(", ", changed)));
    }

    /**
     * Sends the values of the policy's secrets (before the policy, so that agents never get the new policy without
     * them); the send is conditional on the planned version, so a target changed since keeps its values. A
     * referenced secret without a value fails before anything is sent ({@code REJECTED}, naming the field).
     */
    private Retrier.Outcome<Boolean> sendSecrets(DeploymentTransport t, TargetPlan plan, AccessToken token,
            long expected, IProgressMonitor monitor) {
        String problem = secrets.problem();
        if (problem != null) {
            return new Retrier.Outcome<>(null, new TransportException(TransportException.Kind.REJECTED, 0,
                    plan.target() + ": " + problem), 0);
        }
        var sent = Retrier.call(options.retry(), monitor, plan.target().toString(), () -> {
            t.putSecrets(plan.target(), token, secrets.values(), expected, plan.secretsRevision(), monitor);
            return Boolean.TRUE;
        });
        if (!sent.succeeded() && sent.attempts() > 1 && sent.failure().kind() == TransportException.Kind.CONFLICT
                && secretsLanded(t, plan, token, monitor)) { // an earlier attempt landed; its answer was lost
            return new Retrier.Outcome<>(Boolean.TRUE, null, sent.attempts());
        }
        return sent;
    }

    /** Whether the target holds this deployment's value of every secret the policy refers to (by fingerprint). */
    private boolean secretsLanded(DeploymentTransport t, TargetPlan plan, AccessToken token,
            IProgressMonitor monitor) {
        try {
            var held = t.secretFingerprints(plan.target(), token, monitor);
            return held.isPresent() && secrets.fields().keySet().stream().allMatch(key -> {
                var fingerprint = held.get().fingerprints().get(key);
                char[] value = secrets.valueOf(key);
                return fingerprint != null && value != null && fingerprint.matches(value);
            });
        } catch (TransportException e) {
            return false;
        }
    }

    private static TargetResult secretsFailure(TargetPlan plan, long expected, Retrier.Outcome<Boolean> sent) {
        TransportException failure = sent.failure();
        if (failure.kind() == TransportException.Kind.CONFLICT) {
            return new TargetResult(plan.target(), Outcome.CONFLICT, expected, 0, sent.attempts(),
                    Messages.bind(Messages.Rollout_conflict, failure.getMessage()), failure.kind());
        }
        String message = sent.attempts() == 0 ? failure.getMessage()
                : Messages.bind(Messages.Rollout_secretsNotStored, failure.getMessage());
        return failed(plan, sent.attempts(), message, failure.kind());
    }

    private static Optional<TargetResult> confirm(DeploymentTransport t, TargetPlan plan, AccessToken token,
            Policy policy, long expected, int attempts, IProgressMonitor monitor) {
        try {
            return t.current(plan.target(), token, monitor)
                    .filter(d -> d.policy().equals(policy) && d.version() > expected)
                    .map(d -> new TargetResult(plan.target(), Outcome.DEPLOYED, expected, d.version(), attempts,
                            Messages.Rollout_landed));
        } catch (TransportException e) {
            return Optional.empty();
        }
    }

    private static TargetResult failed(TargetPlan plan, int attempts, String message,
            TransportException.Kind kind) {
        return new TargetResult(plan.target(), Outcome.FAILED, plan.currentVersion(), 0, attempts, message, kind);
    }
}
