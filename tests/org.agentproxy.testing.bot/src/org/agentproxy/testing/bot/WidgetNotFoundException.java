package org.agentproxy.testing.bot;

/**
 * No widget matched within the timeout. The message names the matcher (one line); the
 * {@link #widgetDump() widget dump} lists the visible shells, the active part and the widgets found instead.
 */
public class WidgetNotFoundException extends BotTimeoutException {

    private static final long serialVersionUID = 1L;

    /** @param message what was searched, for how long, and what exists */
    public WidgetNotFoundException(String message) {
        super(message);
    }

    /**
     * @param message    what was searched and for how long
     * @param widgetDump the state of the screen (see {@link Bot#widgetDump()})
     */
    public WidgetNotFoundException(String message, String widgetDump) {
        super(message, widgetDump);
    }
}
