package org.agentproxy.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of {@code agentproxy}, e.g. {@code validate}. */
public interface Command {

    /** The word that selects this command on the command line. */
    String name();

    /** {@code name ARGS…}: how to call it, for the help text. */
    String synopsis();

    /** One line: what it does. */
    String summary();

    /** The full help text of the command. */
    String help();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command's name
     * @return the exit code: {@link ExitCodes}
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
