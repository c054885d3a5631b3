package org.agentproxy.testing.bot;

/**
 * Something awaited did not happen within the timeout. The message says what was awaited and what was
 * there instead (visible shells, widgets found), so that the failure can be diagnosed from the report.
 */
public class BotTimeoutException extends BotException {

    private static final long serialVersionUID = 1L;

    /** @param message what was awaited, for how long, and what was found instead */
    public BotTimeoutException(String message) {
        super(message);
    }
}
