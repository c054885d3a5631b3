package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code agentproxy} command line: global options and dispatch to a {@link Command}. Plain Java. */
public final class Cli {

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final String version;

    public Cli(String version, List<Command> commands) {
        this.version = version;
        commands.forEach(c -> this.commands.put(c.name(), c));
    }

    /** Runs the command line and returns the exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(Messages.Cli_agentproxyNoCommandGiven);
            printUsage(err);
            return ExitCodes.INVALID;
        }
        String first = args.get(0);
        switch (first) {
            case "--help", "-h", "help" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                if (args.size() > 1 && commands.containsKey(args.get(1))) {
                    out.println(commands.get(args.get(1)).help());
                } else {
                    printUsage(out);
                }
                return ExitCodes.OK;
            }
            case "--version", "-V" -> { //$NON-NLS-1$ //$NON-NLS-2$
                out.println(NLS.bind(Messages.Cli_agentproxyAgentProxyStudio0, version));
                return ExitCodes.OK;
            }
            default -> {
                Command command = commands.get(first);
                if (command == null) {
                    err.println(NLS.bind(Messages.Cli_agentproxyUnknownCommand0, first));
                    printUsage(err);
                    return ExitCodes.INVALID;
                }
                List<String> rest = args.subList(1, args.size());
                if (rest.contains("--help") || rest.contains("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
                    out.println(command.help());
                    return ExitCodes.OK;
                }
                return command.run(rest, out, err);
            }
        }
    }

    private void printUsage(PrintStream s) {
        s.println(Messages.Cli_usageAgentproxyCOMMANDARGS);
        s.println(Messages.Cli_agentproxyHelpCOMMANDVersion);
        s.println();
        s.println(Messages.Cli_commands);
        for (Command c : commands.values()) {
            s.println("  " + c.synopsis()); //$NON-NLS-1$
            s.println("      " + c.summary()); //$NON-NLS-1$
        }
        s.println();
        s.println(Messages.Cli_exitCodes0Success2);
        s.println(Messages.Cli_1OtherFailure);
        s.println(Messages.Cli_runAgentproxyHelpCOMMANDFor);
    }
}
