package org.agentproxy.deployment.internal;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import org.agentproxy.deployment.RetryPolicy;
import org.agentproxy.deployment.TransportException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/** Calls a transport, retrying {@link TransportException.Kind#TRANSIENT} failures with backoff. */
final class Retrier {

    /** One attempt of a call. */
    @FunctionalInterface
    interface Attempt<T> {
        T run() throws TransportException;
    }

    /**
     * How a call ended: a value, or the last failure.
     *
     * @param attempts how many attempts were made
     */
    record Outcome<T>(T value, TransportException failure, int attempts) {

        boolean succeeded() {
            return failure == null;
        }
    }

    private Retrier() {
    }

    /**
     * Runs the call until it succeeds, fails with a non-transient error, or the attempts are used up.
     *
     * @throws OperationCanceledException when the monitor is cancelled while waiting
     */
    static <T> Outcome<T> call(RetryPolicy policy, IProgressMonitor monitor, String what, Attempt<T> attempt) {
        TransportException last = null;
        for (int i = 1; i <= policy.maxAttempts(); i++) {
            if (i > 1) {
                monitor.subTask(what + ": attempt " + i + " of " + policy.maxAttempts() + " (" + last.getMessage()
                        + ")");
                await(policy.backoffBefore(i), monitor);
            }
            try {
                return new Outcome<>(attempt.run(), null, i);
            } catch (TransportException e) {
                last = e;
                if (e.kind() != TransportException.Kind.TRANSIENT) {
                    return new Outcome<>(null, e, i);
                }
            }
        }
        return new Outcome<>(null, last, policy.maxAttempts());
    }

    /** Waits for a backoff, checking for cancellation every 50 ms. */
    static void await(Duration backoff, IProgressMonitor monitor) {
        long deadline = System.nanoTime() + backoff.toNanos();
        for (long left = backoff.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            LockSupport.parkNanos(Math.min(left, 50_000_000L));
        }
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
