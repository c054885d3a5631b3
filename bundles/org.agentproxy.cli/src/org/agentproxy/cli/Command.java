package org.agentproxy.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One subcommand of {@code agentproxy}, e.g. {@code validate}: a picocli command (its class carries
 * {@link picocli.CommandLine.Command @Command} with the name, and {@link picocli.CommandLine.Option @Option} fields),
 * whose help texts are in {@code messages.properties} under {@code agentproxy.NAME.*}. {@link Cli} parses the
 * arguments into the object, then calls {@link #call}.
 */
public interface Command {

    /**
     * Runs the command, its options parsed into this object.
     *
     * @return the exit code: {@link ExitCodes}
     * @throws UsageError the options cannot be used together, or a value is out of range (exit 2)
     */
    int call(PrintStream out, PrintStream err) throws UsageError;

    /**
     * Parses {@code args} (the arguments after the command's name) and runs the command, as {@code agentproxy NAME
     * ARGS…} would.
     *
     * @return the exit code: {@link ExitCodes}
     */
    default int run(List<String> args, PrintStream out, PrintStream err) {
        return Cli.runAlone(this, args, out, err);
    }
}
