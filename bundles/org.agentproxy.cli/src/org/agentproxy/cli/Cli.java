package org.agentproxy.cli;

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
            err.println("agentproxy: no command given");
            printUsage(err);
            return ExitCodes.INVALID;
        }
        String first = args.get(0);
        switch (first) {
            case "--help", "-h", "help" -> {
                if (args.size() > 1 && commands.containsKey(args.get(1))) {
                    out.println(commands.get(args.get(1)).help());
                } else {
                    printUsage(out);
                }
                return ExitCodes.OK;
            }
            case "--version", "-V" -> {
                out.println("agentproxy (Agent Proxy Studio) " + version);
                return ExitCodes.OK;
            }
            default -> {
                Command command = commands.get(first);
                if (command == null) {
                    err.println("agentproxy: unknown command \"" + first + "\"");
                    printUsage(err);
                    return ExitCodes.INVALID;
                }
                List<String> rest = args.subList(1, args.size());
                if (rest.contains("--help") || rest.contains("-h")) {
                    out.println(command.help());
                    return ExitCodes.OK;
                }
                return command.run(rest, out, err);
            }
        }
    }

    private void printUsage(PrintStream s) {
        s.println("Usage: agentproxy COMMAND [ARGS…]");
        s.println("       agentproxy --help [COMMAND] | --version");
        s.println();
        s.println("Commands:");
        for (Command c : commands.values()) {
            s.println("  " + c.synopsis());
            s.println("      " + c.summary());
        }
        s.println();
        s.println("Exit codes: 0 success, 2 invalid input (a file, an argument), 3 conflict (deploy, rollback),");
        s.println("            1 other failure.");
        s.println("Run 'agentproxy --help COMMAND' for a command's options.");
    }
}
