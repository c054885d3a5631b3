package org.agentproxy.deployment;

/**
 * How a deployment rolls out.
 *
 * @param canaryCount the number of targets (first in the plan) deployed first; any failure among them halts the
 *                    rollout before the others are touched
 * @param maxFailures the failures tolerated among the other targets; one more halts the rollout (the targets not
 *                    yet attempted are skipped)
 * @param retry       retries of transient failures per target
 * @param journal     where the client-side audit record goes, or {@code null} for none
 */
public record RolloutOptions(int canaryCount, int maxFailures, RetryPolicy retry, DeploymentJournal journal) {

    /** One canary, no failure tolerated, default retries, no journal. */
    public static final RolloutOptions DEFAULT = new RolloutOptions(1, 0, RetryPolicy.DEFAULT, null);

    public RolloutOptions {
        if (canaryCount < 0 || maxFailures < 0) {
            throw new IllegalArgumentException("canaryCount and maxFailures must not be negative");
        }
        retry = retry == null ? RetryPolicy.DEFAULT : retry;
    }

    public RolloutOptions withCanaryCount(int value) {
        return new RolloutOptions(value, maxFailures, retry, journal);
    }

    public RolloutOptions withMaxFailures(int value) {
        return new RolloutOptions(canaryCount, value, retry, journal);
    }

    public RolloutOptions withRetry(RetryPolicy value) {
        return new RolloutOptions(canaryCount, maxFailures, value, journal);
    }

    public RolloutOptions withJournal(DeploymentJournal value) {
        return new RolloutOptions(canaryCount, maxFailures, retry, value);
    }
}
