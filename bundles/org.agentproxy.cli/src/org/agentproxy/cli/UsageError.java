package org.agentproxy.cli;

/**
 * A command line that cannot be run, found after picocli parsed it (a value out of range, options that do not go
 * together, a file that cannot be used): the message names the option and the reason. The command line prints it
 * as {@code agentproxy COMMAND: MESSAGE (see agentproxy COMMAND --help)} and exits with {@link ExitCodes#INVALID}.
 */
public final class UsageError extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageError(String message) {
        super(message, null, false, false);
    }
}
