package org.agentproxy.deployment.ui.internal.view;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
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
                by.put(row.run().rollbackOf(), "running");
            } else if (r != null && r.rollbackOf() != null && r.results().stream()
                    .anyMatch(t -> t.outcome() == TargetResult.Outcome.ROLLED_BACK)) {
                by.putIfAbsent(r.rollbackOf(), r.id());
            }
        }
        return rows.stream().map(row -> new DeploymentRow(row.run(), row.result(), row.result() == null ? null
                : by.get(row.result().id()))).toList();
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    String id() {
        return result != null ? result.id() : "";
    }

    /** Whether this row is the same deployment as another (by id, or the same run while it has no id yet). */
    boolean sameAs(DeploymentRow other) {
        return other != null && (run != null && run == other.run() || !id().isEmpty() && id().equals(other.id()));
    }

    String what() {
        if (result == null) {
            return run.label();
        }
        if ("rollback".equals(result.kind())) {
            return "rollback" + (result.rollbackOf() != null ? " of " + result.rollbackOf() : "");
        }
        return "deploy \"" + result.policyName() + "\"" + (rolledBackBy == null ? ""
                : rolledBackBy.equals("running") ? " (rolling back)" : " (rolled back by " + rolledBackBy + ")");
    }

    String started() {
        Instant t = result != null ? result.started() : run.started();
        return t == null ? "" : TIME.format(t);
    }

    String status() {
        if (result != null) {
            return Words.status(result.status());
        }
        return run.failure() != null ? "Failed: " + run.failure() : "Running " + run.progress();
    }

    String targets() {
        if (result == null) {
            return "";
        }
        return result.results().stream().map(r -> r.target().group() + " " + Words.outcome(r.outcome()).toLowerCase())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    List<TargetResult> results() {
        return result == null ? List.of() : result.results();
    }

    /**
     * Whether Rollback applies: a finished deployment that deployed something and was not rolled back (nor is being
     * rolled back). Not a rollback, a running or a failed one.
     */
    boolean canRollBack() {
        return result != null && rolledBackBy == null && "deploy".equals(result.kind())
                && result.results().stream().anyMatch(r -> r.outcome() == TargetResult.Outcome.DEPLOYED);
    }
}
