package org.agentproxy.deployment.ui.internal.view;

import org.eclipse.osgi.util.NLS;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.TargetResult;
import org.agentproxy.deployment.ui.internal.Activity;

/**
 * One row of the Deployments view: a deployment running in this session, or one recorded in the client journal.
 *
 * @param run    the run in this session, or {@code null} for one read from the journal
 * @param result how it ended, or {@code null} while it runs
 * @param rolledBackBy for a deployment, the id of the rollback that rolled it back ({@code "running"} while one
 *                     runs), or {@code null}
 */
record DeploymentRow(Activity.Run run, DeploymentResult result, String rolledBackBy) {

    /** The rows with {@link #rolledBackBy()} filled in from the rollbacks among them. */
    static List<DeploymentRow> linked(List<DeploymentRow> rows) {
        Map<String, String> by = new HashMap<>();
        for (DeploymentRow row : rows) {
            DeploymentResult r = row.result();
            if (r == null && row.run() != null && row.run().isRunning() && row.run().rollbackOf() != null) {
                by.put(row.run().rollbackOf(), "running"); //$NON-NLS-1$
            } else if (r != null && r.rollbackOf() != null && r.results().stream()
                    .anyMatch(t -> t.outcome() == TargetResult.Outcome.ROLLED_BACK)) {
                by.putIfAbsent(r.rollbackOf(), r.id());
            }
        }
        return rows.stream().map(row -> new DeploymentRow(row.run(), row.result(), row.result() == null ? null
                : by.get(row.result().id()))).toList();
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$
            .withZone(ZoneId.systemDefault());

    String id() {
        return result != null ? result.id() : ""; //$NON-NLS-1$
    }

    /** Whether this row is the same deployment as another (by id, or the same run while it has no id yet). */
    boolean sameAs(DeploymentRow other) {
        return other != null && (run != null && run == other.run() || !id().isEmpty() && id().equals(other.id()));
    }

    String what() {
        if (result == null) {
            return run.label();
        }
        if ("rollback".equals(result.kind())) { //$NON-NLS-1$
            return "rollback" + (result.rollbackOf() != null ? NLS.bind(Messages.DeploymentRow_of0, result.rollbackOf()) : ""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return NLS.bind(Messages.DeploymentRow_deploy01, result.policyName(), (rolledBackBy == null ? "" //$NON-NLS-1$
                : rolledBackBy.equals("running") ? Messages.DeploymentRow_rollingBack : NLS.bind(Messages.DeploymentRow_rolledBackBy0, rolledBackBy))); //$NON-NLS-1$
    }

    String started() {
        Instant t = result != null ? result.started() : run.started();
        return t == null ? "" : TIME.format(t); //$NON-NLS-1$
    }

    String status() {
        if (result != null) {
            return Words.status(result.status());
        }
        return run.failure() != null ? NLS.bind(Messages.DeploymentRow_failed0, run.failure()) : NLS.bind(Messages.DeploymentRow_running0, run.progress());
    }

    String targets() {
        if (result == null) {
            return ""; //$NON-NLS-1$
        }
        return result.results().stream()
                .map(r -> NLS.bind(Messages.DeploymentRow_targetOutcome, r.target().group(), Words.outcome(r.outcome()).toLowerCase(Locale.getDefault())))
                .reduce((a, b) -> a + ", " + b).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    List<TargetResult> results() {
        return result == null ? List.of() : result.results();
    }

    /**
     * Whether Rollback applies: a finished deployment that deployed something and was not rolled back (nor is being
     * rolled back). Not a rollback, a running or a failed one.
     */
    boolean canRollBack() {
        return result != null && rolledBackBy == null && "deploy".equals(result.kind()) //$NON-NLS-1$
                && result.results().stream().anyMatch(r -> r.outcome() == TargetResult.Outcome.DEPLOYED);
    }
}
