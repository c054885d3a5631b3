package org.agentproxy.testing.bot;

/**
 * An unchecked failure of the bot: the UI thread threw while performing a query or an action, the widget
 * was disposed, or the display is gone.
 */
public class BotException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed, readable in a test report */
    public BotException(String message) {
        super(message);
    }

    /**
     * @param message what failed, readable in a test report
     * @param cause   the original failure (often thrown on the UI thread)
     */
    public BotException(String message, Throwable cause) {
        super(message, cause);
    }
}
