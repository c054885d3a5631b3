package org.agentproxy.testing.bot;

/**
 * Something awaited did not happen within the timeout. The message is one line: what was awaited, for how long, and
 * the active shell (and part, with the workbench bot) at that moment; the Maven summary shows it. The state of the
 * screen at that moment — visible shells, the active part, the visible widgets — is the {@link #widgetDump() widget
 * dump}, attached as a suppressed {@link WidgetDump}, so that it is printed with the stack trace in the test report
 * ({@code target/surefire-reports/*.txt} and {@code TEST-*.xml}) and in the IDE, not in the summary.
 */
public class BotTimeoutException extends BotException {

    private static final long serialVersionUID = 1L;

    private final String widgetDump;

    /** @param message what was awaited, for how long, and what was found instead */
    public BotTimeoutException(String message) {
        this(message, null);
    }

    /**
     * @param message    the first line: what was awaited and for how long
     * @param widgetDump the state of the screen (see {@link Bot#widgetDump()}), or {@code null}
     */
    public BotTimeoutException(String message, String widgetDump) {
        super(message);
        this.widgetDump = widgetDump;
        if (widgetDump != null) {
            addSuppressed(new WidgetDump(widgetDump));
        }
    }

    /** @return the visible shells, the active part and the visible widgets when it failed; empty if not recorded */
    public String widgetDump() {
        return widgetDump == null ? "" : widgetDump;
    }

    /**
     * The widget dump as a throwable without a stack trace, so that reports print it below the failure's stack trace
     * ({@code Suppressed: ...WidgetDump: Visible shells: ...}).
     */
    public static final class WidgetDump extends RuntimeException {

        private static final long serialVersionUID = 1L;

        WidgetDump(String dump) {
            super(dump, null, false, false);
        }
    }
}
