package org.agentproxy.connection.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Watches a progress monitor while a test blocks in the network: on cancellation it closes the guarded socket,
 * so the blocked call fails at once instead of waiting for its timeout.
 */
final class CancelWatch implements AutoCloseable {

    private static final long PERIOD_MS = 50;

    private final IProgressMonitor monitor;
    private final ScheduledExecutorService timer;
    private volatile Closeable guarded;
    private volatile boolean cancelled;

    CancelWatch(IProgressMonitor monitor) {
        this.monitor = monitor;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "agentproxy connection test cancel watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** Closes this on cancellation (and at once if the test is already cancelled). */
    void guard(Closeable resource) {
        guarded = resource;
        check();
    }

    boolean cancelled() {
        check();
        return cancelled;
    }

    private void check() {
        if (!cancelled && monitor.isCanceled()) {
            cancelled = true;
        }
        Closeable c = guarded;
        if (cancelled && c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // closing only to unblock the test thread
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
