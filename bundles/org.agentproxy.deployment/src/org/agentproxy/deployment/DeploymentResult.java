package org.agentproxy.deployment;

import java.time.Instant;
import java.util.List;

/**
 * A finished deployment or rollback.
 *
 * @param id         the id (of the plan, or a new one for a rollback)
 * @param kind       {@code deploy} or {@code rollback}
 * @param rollbackOf for a rollback of a whole deployment, that deployment's id; else {@code null}
 * @param policyName the deployed policy's name, or {@code null} for a rollback
 * @param started    when it started
 * @param finished   when it finished
 * @param status     how it ended
 * @param results    per target, in rollout order
 * @param warnings   problems that did not change the outcome (e.g. the journal could not be written)
 */
public record DeploymentResult(String id, String kind, String rollbackOf, String policyName, Instant started,
        Instant finished, Status status, List<TargetResult> results, List<String> warnings) {

    /** How a deployment ended. */
    public enum Status {
        /** Every target deployed (or already up to date). */
        SUCCEEDED,
        /** Every target attempted; some failed, within the tolerated number. */
        PARTIAL,
        /** Stopped early: a canary failed or failures passed the threshold. */
        HALTED,
        /** Stopped early at the user's request. */
        CANCELLED
    }

    public DeploymentResult {
        results = List.copyOf(results);
        warnings = List.copyOf(warnings);
    }

    /** Whether any target ended in a conflict. */
    public boolean hasConflict() {
        return results.stream().anyMatch(r -> r.outcome() == TargetResult.Outcome.CONFLICT);
    }
}
