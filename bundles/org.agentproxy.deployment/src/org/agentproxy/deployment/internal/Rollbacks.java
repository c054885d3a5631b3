package org.agentproxy.deployment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.DeploymentResult.Status;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.DeploymentTransport;
import org.agentproxy.deployment.RolloutOptions;
import org.agentproxy.deployment.TargetResult;
import org.agentproxy.deployment.TargetResult.Outcome;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.deployment.VersionInfo;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/** Rollbacks: of every target a deployment changed, or of one target to a version. */
final class Rollbacks {

    private final Transports transports;
    private final RolloutOptions options;

    Rollbacks(Transports transports, RolloutOptions options) {
        this.transports = transports;
        this.options = options;
    }

    /** Every target the deployment deployed goes back to the version it had, newest change first. */
    DeploymentResult ofDeployment(DeploymentResult deployment, IProgressMonitor monitor) {
        Instant started = Instant.now();
        String id = Digests.newId(started);
        List<TargetResult> deployed = new ArrayList<>(deployment.results().stream()
                .filter(r -> r.outcome() == Outcome.DEPLOYED).toList());
        java.util.Collections.reverse(deployed);
        SubMonitor sub = SubMonitor.convert(monitor, "Rolling back " + deployment.id(), deployed.size());
        List<TargetResult> results = new ArrayList<>();
        boolean cancelled = false;
        for (TargetResult r : deployed) {
            if (cancelled || sub.isCanceled()) {
                cancelled = true;
                results.add(new TargetResult(r.target(), Outcome.SKIPPED, r.toVersion(), 0, 0, "cancelled"));
                continue;
            }
            if (r.fromVersion() == 0) {
                results.add(new TargetResult(r.target(), Outcome.FAILED, r.toVersion(), 0, 0,
                        "nothing was deployed there before " + deployment.id() + "; nothing to roll back to"));
                continue;
            }
            try {
                results.add(restore(r.target(), r.fromVersion(), r.toVersion(), "rollback of " + deployment.id(),
                        sub.split(1)));
            } catch (OperationCanceledException e) {
                cancelled = true;
                results.add(new TargetResult(r.target(), Outcome.SKIPPED, r.toVersion(), 0, 0, "cancelled"));
            }
        }
        return new DeploymentResult(id, "rollback", deployment.id(), null, started, Instant.now(),
                status(results, cancelled), results, List.of());
    }

    /** One target back to a version (0: the one before the current version). */
    DeploymentResult ofTarget(DeploymentTarget target, long toVersion, IProgressMonitor monitor) {
        Instant started = Instant.now();
        String id = Digests.newId(started);
        TargetResult result;
        try {
            result = ofTarget(target, toVersion, id, monitor);
        } catch (OperationCanceledException e) {
            result = new TargetResult(target, Outcome.SKIPPED, 0, 0, 0, "cancelled");
        }
        return new DeploymentResult(id, "rollback", null, null, started, Instant.now(),
                status(List.of(result), result.outcome() == Outcome.SKIPPED), List.of(result), List.of());
    }

    private TargetResult ofTarget(DeploymentTarget target, long toVersion, String id, IProgressMonitor monitor) {
        Optional<DeploymentTransport> transport = transports.forTarget(target);
        if (transport.isEmpty()) {
            return new TargetResult(target, Outcome.FAILED, 0, 0, 0, Transports.noTransport(target),
                    TransportException.Kind.REJECTED);
        }
        var read = Retrier.call(options.retry(), monitor, target.toString(),
                () -> transport.get().history(target, transports.token(target), monitor));
        if (!read.succeeded()) {
            return new TargetResult(target, Outcome.FAILED, 0, 0, read.attempts(), read.failure().getMessage(),
                    read.failure().kind());
        }
        List<VersionInfo> history = read.value();
        if (history.isEmpty()) {
            return new TargetResult(target, Outcome.FAILED, 0, 0, 0, "nothing is deployed there; nothing to roll "
                    + "back");
        }
        VersionInfo current = history.get(history.size() - 1);
        long to = toVersion > 0 ? toVersion : current.from();
        if (to == 0) {
            return new TargetResult(target, Outcome.FAILED, current.version(), 0, 0, "version " + current.version()
                    + " is the first; there is no earlier version to roll back to");
        }
        return restore(target, to, current.version(), id, monitor);
    }

    private TargetResult restore(DeploymentTarget target, long to, long expected, String note,
            IProgressMonitor monitor) {
        Optional<DeploymentTransport> transport = transports.forTarget(target);
        if (transport.isEmpty()) {
            return new TargetResult(target, Outcome.FAILED, expected, 0, 0, Transports.noTransport(target));
        }
        AccessToken token = transports.token(target);
        var outcome = Retrier.call(options.retry(), monitor, target.toString(),
                () -> transport.get().rollback(target, token, to, expected, note, monitor));
        if (outcome.succeeded()) {
            return new TargetResult(target, Outcome.ROLLED_BACK, expected, outcome.value(), outcome.attempts(),
                    "restores version " + to);
        }
        TransportException failure = outcome.failure();
        Outcome kind = failure.kind() == TransportException.Kind.CONFLICT ? Outcome.CONFLICT : Outcome.FAILED;
        return new TargetResult(target, kind, expected, 0, outcome.attempts(), failure.getMessage(), failure.kind());
    }

    private static Status status(List<TargetResult> results, boolean cancelled) {
        if (cancelled) {
            return Status.CANCELLED;
        }
        return results.stream().anyMatch(TargetResult::isFailure) ? Status.PARTIAL : Status.SUCCEEDED;
    }
}
