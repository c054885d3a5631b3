package org.agentproxy.testing.bot.tests;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;

/**
 * The UI thread of the driver tests: a daemon thread that creates the (single) {@link Display} and runs its event
 * loop for the whole test JVM, since tycho-surefire runs these tests in plain OSGi without a UI harness. Tests run
 * on the JUnit thread, as UI tests with {@code useUIThread=false} do.
 */
final class TestDisplay {

    private static Display display;

    private TestDisplay() {
    }

    /** @return the display, starting the UI thread on first use */
    static synchronized Display get() {
        if (display == null || display.isDisposed()) {
            display = start();
        }
        return display;
    }

    private static Display start() {
        CompletableFuture<Display> created = new CompletableFuture<>();
        Thread ui = new Thread(() -> {
            Display d;
            try {
                d = new Display();
            } catch (Throwable t) {
                created.completeExceptionally(t);
                return;
            }
            created.complete(d);
            while (!d.isDisposed()) {
                try {
                    if (!d.readAndDispatch()) {
                        d.sleep();
                    }
                } catch (RuntimeException e) {
                    // keep the loop alive for the next tests; the driver reports failures of its own actions
                    System.err.println("[fixture] exception in the event loop:");
                    e.printStackTrace();
                }
            }
        }, "bot-tests-ui");
        ui.setDaemon(true);
        ui.start();
        try {
            return created.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create the display (is DISPLAY set, e.g. by xvfb-run?)", e);
        }
    }
}
