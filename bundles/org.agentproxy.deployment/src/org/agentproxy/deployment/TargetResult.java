package org.agentproxy.deployment;

/**
 * What happened at one target.
 *
 * @param target      the target
 * @param outcome     the outcome
 * @param fromVersion the version current before, 0 when none or unknown
 * @param toVersion   the version created, 0 when none was
 * @param attempts    how many times the change was tried (0 when it was not)
 * @param message     what went wrong or why it was skipped, or {@code null}
 * @param failureKind for a failure reported by the transport, its kind (e.g. {@code REJECTED} for an invalid
 *                    request, {@code UNAUTHORIZED}); else {@code null}
 */
public record TargetResult(DeploymentTarget target, Outcome outcome, long fromVersion, long toVersion, int attempts,
        String message, TransportException.Kind failureKind) {

    /** A result that is not a transport failure. */
    public TargetResult(DeploymentTarget target, Outcome outcome, long fromVersion, long toVersion, int attempts,
            String message) {
        this(target, outcome, fromVersion, toVersion, attempts, message, null);
    }

    /** The outcome at a target. */
    public enum Outcome {
        /** The policy was deployed as {@code toVersion}. */
        DEPLOYED,
        /** The target had the policy already; nothing was changed. */
        UNCHANGED,
        /**
         * The target had the policy already but not the client's secret values: only the values were sent (no new
         * version; {@code toVersion} is 0).
         */
        SECRETS_UPDATED,
        /** A rollback made {@code toVersion} (restoring the policy of an earlier version). */
        ROLLED_BACK,
        /** The target changed since it was planned; nothing was changed there. */
        CONFLICT,
        /** The change failed (after retries when transient). */
        FAILED,
        /** Not attempted: the rollout halted or was cancelled first. */
        SKIPPED
    }

    /** Whether this counts as a failure (conflict or failed). */
    public boolean isFailure() {
        return outcome == Outcome.CONFLICT || outcome == Outcome.FAILED;
    }
}
