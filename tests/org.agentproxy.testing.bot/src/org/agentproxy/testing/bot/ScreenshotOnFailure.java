package org.agentproxy.testing.bot;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 extension that saves a screenshot of the whole screen when a test fails, as
 * {@code <dir>/<TestClassSimpleName>.<method>.png}, where {@code <dir>} is the system property
 * {@value #DIRECTORY_PROPERTY} or else {@code target/screenshots} (relative to the working directory).
 *
 * <p>The picture is taken <em>at the moment of failure</em>, before any {@code @AfterEach} method or callback cleans
 * up (closes the dialog, reverts the editor): JUnit calls a {@link TestExecutionExceptionHandler} while the test
 * method's exception propagates, and a {@link LifecycleMethodExecutionExceptionHandler} when a {@code @BeforeEach}
 * method throws — both before the {@code @AfterEach} methods run, whereas a {@link TestWatcher} is called after them
 * (JUnit's order: test method, exception handlers, {@code AfterTestExecutionCallback}, {@code @AfterEach} methods,
 * {@code AfterEachCallback}, {@code TestWatcher}). The exception is rethrown unchanged. A failure in an {@code @AfterEach} method (with no earlier picture) is captured by
 * {@link #testFailed} as a fallback.
 *
 * <p>The display to capture, in order of precedence: the supplier given to the constructor
 * ({@code @RegisterExtension static ScreenshotOnFailure shots = new ScreenshotOnFailure(() -> display);}); else
 * the display registered with {@link #display(Display)}; else the display of any live thread
 * ({@link Display#findDisplay(Thread)}), which suits {@code @ExtendWith(ScreenshotOnFailure.class)} since an
 * application has a single display. Capturing never fails the test: problems are printed to {@code System.err},
 * and the UI thread gets 5 seconds to answer (it may be the reason for the failure).
 */
public final class ScreenshotOnFailure
        implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(ScreenshotOnFailure.class);
    private static final String CAPTURED = "captured";

    /** System property naming the screenshot directory. */
    public static final String DIRECTORY_PROPERTY = "agentproxy.screenshots";

    private static final Duration UI_TIMEOUT = Duration.ofSeconds(5);

    private static volatile Display registered;

    private final Supplier<Display> display;
    private final Path directory;

    /** Captures the {@link #display(Display) registered} display, else the display of any live thread. */
    public ScreenshotOnFailure() {
        this(ScreenshotOnFailure::findDisplay, null);
    }

    /** @param display supplies the display to capture (called on failure only) */
    public ScreenshotOnFailure(Supplier<Display> display) {
        this(display, null);
    }

    /**
     * @param display   supplies the display to capture (called on failure only)
     * @param directory where to write, instead of the default directory; {@code null} for the default
     */
    public ScreenshotOnFailure(Supplier<Display> display, Path directory) {
        this.display = Objects.requireNonNull(display, "display");
        this.directory = directory;
    }

    /**
     * Registers the display captured by extensions created without a supplier.
     *
     * @param value the display, {@code null} to unregister
     */
    public static void display(Display value) {
        registered = value;
    }

    /** @return the directory screenshots are written to */
    public Path directory() {
        if (directory != null) {
            return directory;
        }
        String property = System.getProperty(DIRECTORY_PROPERTY);
        return Path.of(property != null && !property.isBlank() ? property : "target/screenshots");
    }

    /** The test method threw: the picture now, before {@code @AfterEach} runs; then the exception goes on. */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        captureOnce(context);
        throw throwable;
    }

    /** A {@code @BeforeEach} method threw (the fixture could not be set up): the picture of what it met. */
    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        captureOnce(context);
        throw throwable;
    }

    /** A {@code @BeforeAll} method threw: the picture of what it met, named after the class. */
    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        captureOnce(context);
        throw throwable;
    }

    /**
     * Fallback, called after {@code @AfterEach}: captures only when nothing was captured for the test yet (the
     * failure came from an {@code @AfterEach} method or from an extension).
     */
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        captureOnce(context);
    }

    private void captureOnce(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        if (store.get(CAPTURED) != null) {
            return;
        }
        store.put(CAPTURED, Boolean.TRUE);
        capture(context);
    }

    /**
     * Saves the screenshot for the test of {@code context} now, whatever happened before.
     *
     * @param context the test's (or, for {@code @BeforeAll}, the class's) context: names the file
     */
    public void capture(ExtensionContext context) {
        Path file = directory().resolve(fileName(context));
        try {
            Display d = display.get();
            if (d == null || d.isDisposed()) {
                System.err.println("[bot] no display to capture for the failed test " + file.getFileName());
                return;
            }
            Screenshots.capture(d, UI_TIMEOUT, file);
            System.err.println("[bot] screenshot of the failed test: " + file.toAbsolutePath());
        } catch (RuntimeException e) {
            System.err.println("[bot] could not capture " + file + ": " + e);
        }
    }

    private static String fileName(ExtensionContext context) {
        String type = context.getTestClass().map(Class::getSimpleName).orElse("UnknownClass");
        String method = context.getTestMethod().map(Method::getName)
                .orElseGet(() -> context.getDisplayName().replaceAll("[^A-Za-z0-9._-]", "_"));
        return type + "." + method + ".png";
    }

    private static Display findDisplay() {
        Display d = registered;
        if (d != null && !d.isDisposed()) {
            return d;
        }
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            d = Display.findDisplay(thread);
            if (d != null && !d.isDisposed()) {
                return d;
            }
        }
        return null;
    }
}
