package org.agentproxy.cli.internal;

import org.eclipse.osgi.util.NLS;

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
        out.println(NLS.bind(Messages.DeployOutput_plan0Policy1To, new Object[] { plan.id(), plan.policy().name(), plan.targets().size(), (plan.targets().size() == 1 ? Messages.DeployOutput_target : Messages.DeployOutput_targetsTheFirstIsThe) }));
        for (TargetPlan target : plan.targets()) {
            if (!target.isReady()) {
                out.println(NLS.bind(Messages.DeployOutput_0CannotPlan1, target.target(), target.problem()));
            } else if (target.isUpToDate()) {
                out.println(NLS.bind(Messages.DeployOutput_0Version1HasThis, target.target(), target.currentVersion()));
            } else if (target.isSecretsOnly()) {
                out.println(NLS.bind(Messages.DeployOutput_0Version1HasThis2, target.target(), target.currentVersion()));
            } else {
                out.println(NLS.bind(Messages.DeployOutput_01ANewVersion, new Object[] { target.target(), (target.currentVersion() == 0 ? Messages.DeployOutput_nothingDeployed
                        : NLS.bind(Messages.DeployOutput_version0, target.currentVersion())), target.changes().size(), (target.changes().size() == 1 ? Messages.DeployOutput_change : Messages.DeployOutput_changes) }));
                target.changes().forEach(c -> out.println("    " + c)); //$NON-NLS-1$
            }
            if (target.isReady()) {
                target.secrets().forEach(c -> out.println("    " + c)); //$NON-NLS-1$
            }
        }
    }

    /** One line per target and a summary line. */
    public static void result(PrintStream out, DeploymentResult result, DeploymentJournal journal) {
        for (TargetResult r : result.results()) {
            String what = switch (r.outcome()) {
                case DEPLOYED -> NLS.bind(Messages.DeployOutput_deployedAsVersion0Was, r.toVersion(), r.fromVersion());
                case ROLLED_BACK -> NLS.bind(Messages.DeployOutput_rolledBackVersion0Was, r.toVersion(), r.fromVersion());
                case UNCHANGED -> NLS.bind(Messages.DeployOutput_unchangedVersion0, r.fromVersion());
                case SECRETS_UPDATED -> NLS.bind(Messages.DeployOutput_secretValuesUpdatedVersion0, r.fromVersion());
                case CONFLICT, FAILED, SKIPPED -> Words.outcome(r.outcome());
            };
            String attempts = r.attempts() > 1 ? NLS.bind(Messages.DeployOutput_after0Attempts, r.attempts()) : ""; //$NON-NLS-1$
            out.println("  " + r.target() + ": " + what + attempts + (r.message() == null ? "" : ": " + r.message())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        out.println((result.kind().equals("rollback") ? Messages.DeployOutput_rollback : Messages.DeployOutput_deployment) + result.id() + ": " //$NON-NLS-1$ //$NON-NLS-2$
                + Words.status(result.status()) + (journal == null ? "" //$NON-NLS-1$
                        : NLS.bind(Messages.DeployOutput_recordedIn0, journal.directory().resolve(result.id() + ".json")))); //$NON-NLS-1$
        result.warnings().forEach(w -> out.println(NLS.bind(Messages.DeployOutput_warning0, w)));
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
