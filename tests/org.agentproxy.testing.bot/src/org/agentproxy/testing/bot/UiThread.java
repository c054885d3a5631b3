package org.agentproxy.testing.bot;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * Runs code on the UI thread. Queries are posted with {@code asyncExec} and awaited with a timeout (so a
 * blocked UI thread fails the test instead of hanging it); actions are posted with {@code asyncExec} and
 * followed by an empty query, which returns once the action has finished or has entered a nested event
 * loop (a modal dialog).
 */
final class UiThread {

    private UiThread() {
    }

    /** Runs {@code query} on the UI thread and returns its result. */
    static <T> T call(Display display, Duration timeout, Supplier<T> query) {
        if (isUiThread(display)) {
            return unwrapOnUiThread(query);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        post(display, () -> {
            try {
                result.complete(query.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new BotTimeoutException("The UI thread did not answer within " + timeout.toMillis()
                    + " ms: it is busy or blocked (a native dialog, a long operation, a deadlock?)");
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotException("Interrupted while waiting for the UI thread", e);
        }
    }

    /**
     * Performs {@code action} on the UI thread without blocking on it: returns once the action is done or
     * runs a nested event loop. A failure of the action is rethrown here if it happened before this method
     * returns, and printed to {@code System.err} otherwise.
     */
    static void act(Display display, Duration timeout, String description, Runnable action) {
        if (isUiThread(display)) {
            unwrapOnUiThread(() -> {
                action.run();
                return null;
            });
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean returned = new AtomicBoolean();
        post(display, () -> {
            try {
                action.run();
            } catch (Throwable t) {
                failure.set(t);
                if (returned.get()) {
                    System.err.println("[bot] " + description + " failed after the test went on:");
                    t.printStackTrace();
                }
            }
        });
        call(display, timeout, () -> null); // barrier
        returned.set(true);
        Throwable t = failure.get();
        if (t != null) {
            throw new BotException("Failed to " + description + ": " + t, t);
        }
    }

    private static boolean isUiThread(Display display) {
        try {
            return display.getThread() == Thread.currentThread();
        } catch (SWTException e) {
            throw translate(e);
        }
    }

    private static void post(Display display, Runnable runnable) {
        try {
            display.asyncExec(runnable);
        } catch (SWTException e) {
            throw translate(e);
        }
    }

    private static <T> T unwrapOnUiThread(Supplier<T> query) {
        try {
            return query.get();
        } catch (RuntimeException | Error e) {
            throw translate(e);
        }
    }

    private static RuntimeException translate(Throwable t) {
        if (t instanceof BotException be) {
            return be;
        }
        if (t instanceof SWTException se && se.code == SWT.ERROR_WIDGET_DISPOSED) {
            return new BotException("The widget is disposed (its shell was closed?)", se);
        }
        if (t instanceof SWTException se && se.code == SWT.ERROR_DEVICE_DISPOSED) {
            return new BotException("The display is disposed", se);
        }
        return new BotException("Failed on the UI thread: " + t, t);
    }
}
