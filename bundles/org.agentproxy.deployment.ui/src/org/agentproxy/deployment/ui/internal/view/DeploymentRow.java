package org.agentproxy.deployment.ui.internal.view;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.TargetResult;
import org.agentproxy.deployment.ui.internal.Activity;

/**
 * One row of the Deployments view: a deployment running in this session, or one recorded in the client journal.
 *
 * @param run    the run in this session, or {@code null} for one read from the journal
 * @param result how it ended, or {@code null} while it runs
 */
record DeploymentRow(Activity.Run run, DeploymentResult result) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    String id() {
        return result != null ? result.id() : "";
    }

    String what() {
        if (result == null) {
            return run.label();
        }
        return "rollback".equals(result.kind())
                ? "rollback" + (result.rollbackOf() != null ? " of " + result.rollbackOf() : "")
                : "deploy \"" + result.policyName() + "\"";
    }

    String started() {
        Instant t = result != null ? result.started() : run.started();
        return t == null ? "" : TIME.format(t);
    }

    String status() {
        if (result != null) {
            return result.status().name();
        }
        return run.failure() != null ? "FAILED: " + run.failure() : "RUNNING " + run.progress();
    }

    String targets() {
        if (result == null) {
            return "";
        }
        return result.results().stream().map(r -> r.target().group() + " " + r.outcome().name().toLowerCase())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    List<TargetResult> results() {
        return result == null ? List.of() : result.results();
    }

    /** Whether Rollback applies: a finished deployment that deployed something. */
    boolean canRollBack() {
        return result != null && "deploy".equals(result.kind())
                && result.results().stream().anyMatch(r -> r.outcome() == TargetResult.Outcome.DEPLOYED);
    }
}
