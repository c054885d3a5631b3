package org.agentproxy.cli.internal;

import java.io.PrintStream;

import org.agentproxy.cli.ExitCodes;
import org.agentproxy.deployment.DeploymentJournal;
import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.TargetPlan;
import org.agentproxy.deployment.TargetResult;
import org.agentproxy.deployment.TransportException;

/** How the deployment commands print plans and results, and the exit codes they map to. */
public final class DeployOutput {

    private DeployOutput() {
    }

    /** Per target: its version now and the field-by-field diff (or why it could not be read). */
    public static void plan(PrintStream out, DeploymentPlan plan) {
        out.println("Plan " + plan.id() + ": policy \"" + plan.policy().name() + "\" to " + plan.targets().size()
                + (plan.targets().size() == 1 ? " target" : " targets (the first is the canary)"));
        for (TargetPlan target : plan.targets()) {
            if (!target.isReady()) {
                out.println("  " + target.target() + ": cannot plan: " + target.problem());
            } else if (target.isUpToDate()) {
                out.println("  " + target.target() + ": version " + target.currentVersion()
                        + " has this policy already; nothing to change");
            } else if (target.isSecretsOnly()) {
                out.println("  " + target.target() + ": version " + target.currentVersion()
                        + " has this policy already; only secret values change (no new version):");
            } else {
                out.println("  " + target.target() + ": " + (target.currentVersion() == 0 ? "nothing deployed"
                        : "version " + target.currentVersion()) + " -> a new version, " + target.changes().size()
                        + (target.changes().size() == 1 ? " change:" : " changes:"));
                target.changes().forEach(c -> out.println("    " + c));
            }
            if (target.isReady()) {
                target.secrets().forEach(c -> out.println("    " + c));
            }
        }
    }

    /** One line per target and a summary line. */
    public static void result(PrintStream out, DeploymentResult result, DeploymentJournal journal) {
        for (TargetResult r : result.results()) {
            String what = switch (r.outcome()) {
                case DEPLOYED -> "deployed as version " + r.toVersion() + " (was " + r.fromVersion() + ")";
                case ROLLED_BACK -> "rolled back: version " + r.toVersion() + " (was " + r.fromVersion() + ")";
                case UNCHANGED -> "unchanged (version " + r.fromVersion() + ")";
                case SECRETS_UPDATED -> "secret values updated (version " + r.fromVersion() + " kept)";
                case CONFLICT -> "conflict";
                case FAILED -> "failed";
                case SKIPPED -> "skipped";
            };
            String attempts = r.attempts() > 1 ? " after " + r.attempts() + " attempts" : "";
            out.println("  " + r.target() + ": " + what + attempts + (r.message() == null ? "" : ": " + r.message()));
        }
        out.println((result.kind().equals("rollback") ? "Rollback " : "Deployment ") + result.id() + ": "
                + result.status().name().toLowerCase() + (journal == null ? ""
                        : " (recorded in " + journal.directory().resolve(result.id() + ".json") + ")"));
        result.warnings().forEach(w -> out.println("  warning: " + w));
    }

    /** 3 on a conflict, 2 when a target refused the request as invalid, 1 on another failure, else 0. */
    public static int exitCode(DeploymentResult result) {
        if (result.hasConflict()) {
            return ExitCodes.CONFLICT;
        }
        if (result.results().stream().anyMatch(r -> r.isFailure()
                && r.failureKind() == TransportException.Kind.REJECTED)) {
            return ExitCodes.INVALID;
        }
        boolean incomplete = result.status() == DeploymentResult.Status.HALTED
                || result.status() == DeploymentResult.Status.CANCELLED;
        return incomplete || result.results().stream().anyMatch(TargetResult::isFailure) ? ExitCodes.FAILURE
                : ExitCodes.OK;
    }

    /** The exit code of a plan some target of which could not be read. */
    public static int exitCode(DeploymentPlan plan) {
        return plan.targets().stream().anyMatch(t -> t.problemKind() == TransportException.Kind.REJECTED)
                ? ExitCodes.INVALID : ExitCodes.FAILURE;
    }
}
