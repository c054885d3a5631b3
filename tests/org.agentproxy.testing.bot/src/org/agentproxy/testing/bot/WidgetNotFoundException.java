package org.agentproxy.testing.bot;

/**
 * No widget matched within the timeout. The message names the matcher and lists the visible shells and
 * the widgets that were found instead.
 */
public class WidgetNotFoundException extends BotTimeoutException {

    private static final long serialVersionUID = 1L;

    /** @param message what was searched, for how long, and what exists */
    public WidgetNotFoundException(String message) {
        super(message);
    }
}
