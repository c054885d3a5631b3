package org.agentproxy.deployment;

import java.time.Duration;

/**
 * How transient failures (connection refused, time-out, 5xx) are retried: up to {@code maxAttempts} attempts in
 * all, waiting {@code initialBackoff} before the second, multiplied by {@code multiplier} each time, at most
 * {@code maxBackoff}.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, double multiplier, Duration maxBackoff) {

    /** 4 attempts, waiting 0.5 s, 1 s, 2 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), 2.0, Duration.ofSeconds(10));

    /** One attempt, no retry. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts: must be at least 1, not " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.isNegative() || multiplier < 1.0) {
            throw new IllegalArgumentException("backoff: durations must not be negative, the multiplier >= 1");
        }
    }

    /** How long to wait before attempt {@code attempt} (2, 3, …). */
    public Duration backoffBefore(int attempt) {
        double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 2));
        return Duration.ofMillis((long) Math.min(millis, maxBackoff.toMillis()));
    }
}
