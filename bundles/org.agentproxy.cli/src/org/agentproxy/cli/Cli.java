package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;

/**
 * The {@code agentproxy} command line on picocli: the global options ({@code --help}, {@code --version}), the
 * {@code help} and {@code completion} commands, and dispatch to a {@link Command}. The help texts come from
 * {@code messages.properties} (keys {@code agentproxy.NAME.*}); errors are printed as
 * {@code agentproxy NAME: REASON (see agentproxy NAME --help)}, with picocli's suggestion for a mistyped option or
 * command, and exit 2. Plain Java: the OSGi application only supplies the commands.
 */
public final class Cli {

    /** The name of the command line (the product's script). */
    public static final String NAME = "agentproxy"; //$NON-NLS-1$
    private static final String BUNDLE = "org.agentproxy.cli.messages"; //$NON-NLS-1$
    private static final int WIDTH = 100;

    private final String version;
    private final List<Command> commands;

    public Cli(String version, List<Command> commands) {
        this.version = version;
        this.commands = List.copyOf(commands);
    }

    /** The root of the command line: {@code agentproxy [--help | --version] COMMAND}. */
    @CommandLine.Command(name = NAME, synopsisSubcommandLabel = "COMMAND")
    static final class Root {

        @CommandLine.Option(names = { "-V", "--version" }, versionHelp = true, descriptionKey = "version")
        boolean versionRequested;
    }

    /** {@code agentproxy help [COMMAND]}: the same as {@code agentproxy [COMMAND] --help}. */
    @CommandLine.Command(name = "help")
    static final class Help {

        // its completion candidates: the commands registered (commandLine() sets them)
        @Parameters(paramLabel = "COMMAND", arity = "0..1", descriptionKey = "command")
        String command;
    }

    /** Runs the command line and returns the exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        PrintWriter o = writer(out);
        PrintWriter e = writer(err);
        CommandLine root = args.isEmpty() ? commandLine() : commandLine(args.get(0));
        root.setOut(o);
        root.setErr(e);
        root.setParameterExceptionHandler((ex, given) -> {
            CommandLine command = ex.getCommandLine();
            // a mistyped option is named before the required option it may have been meant as
            CommandLine.ParameterException first = ex instanceof CommandLine.UnmatchedArgumentException
                    || command.getUnmatchedArguments().isEmpty() ? ex
                            : new CommandLine.UnmatchedArgumentException(command, command.getUnmatchedArguments());
            return usageError(command, reason(first, given), first instanceof CommandLine.UnmatchedArgumentException u
                    ? u.getSuggestions() : List.of(), e);
        });
        root.setExecutionStrategy(parsed -> execute(root, parsed, out, err, o, e));
        try {
            return root.execute(args.toArray(String[]::new));
        } finally {
            o.flush();
            e.flush();
            out.flush();
            err.flush();
        }
    }

    /**
     * The picocli model of the whole command line, help texts included: what {@link #run} parses with, and what the
     * completion scripts and the manual pages are generated from.
     */
    public CommandLine commandLine() {
        return commandLine(commands, true);
    }

    /**
     * The model for a command line whose first argument is {@code first}: when it names a command, the root with that
     * command alone — building the model of every command from its annotations and texts took a quarter of a
     * command's start (issue 15) —, else the whole command line (a global option, {@code help}, {@code completion},
     * a mistyped command, which picocli's suggestions need all the names for).
     */
    CommandLine commandLine(String first) {
        for (Command command : commands) {
            CommandLine.Command declared = command.getClass().getAnnotation(CommandLine.Command.class);
            if (declared != null && declared.name().equals(first) && declared.aliases().length == 0
                    && !(command instanceof CompletionCommand)) {
                return commandLine(List.of(command), false);
            }
        }
        return commandLine();
    }

    private CommandLine commandLine(List<Command> included, boolean whole) {
        CommandLine root = new CommandLine(new Root());
        CommandLine help = whole ? new CommandLine(new Help()) : null;
        if (help != null) {
            root.addSubcommand(help);
        }
        for (Command command : included) {
            root.addSubcommand(new CommandLine(command));
        }
        if (whole && commands.stream().noneMatch(CompletionCommand.class::isInstance)) {
            root.addSubcommand(new CommandLine(new CompletionCommand()));
        }
        if (help != null) {
            completeCommandNames(help.getCommandSpec(), root.getSubcommands().keySet());
        }
        root.getCommandSpec().version(NLS.bind(Messages.Cli_agentproxyAgentProxyStudio0, version));
        addHelpOption(root);
        root.setResourceBundle(ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Cli.class.getClassLoader()));
        root.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        root.setUsageHelpWidth(WIDTH);
        root.setUsageHelpLongOptionsMaxWidth(28);
        root.setOverwrittenOptionsAllowed(false);
        root.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Cli::commandList);
        return root;
    }

    /** {@code help COMMAND} completes the names of the commands registered (but help itself). */
    private static void completeCommandNames(CommandSpec help, java.util.Set<String> names) {
        PositionalParamSpec command = help.positionalParameters().get(0);
        help.remove(command);
        help.addPositional(PositionalParamSpec.builder(command).completionCandidates(
                names.stream().filter(name -> !name.equals(help.name())).toList()).build());
    }

    /** The commands in the root's help: each one's synopsis ({@code synopsis.NAME}), and below it its header. */
    private static String commandList(CommandLine.Help help) {
        ResourceBundle texts = help.commandSpec().resourceBundle();
        StringBuilder list = new StringBuilder();
        for (var entry : help.subcommands().entrySet()) {
            String key = "synopsis." + entry.getKey(); //$NON-NLS-1$
            list.append("  ").append(texts.containsKey(key) ? texts.getString(key) : entry.getKey()).append('\n'); //$NON-NLS-1$
            for (String line : entry.getValue().commandSpec().usageMessage().header()) {
                list.append("      ").append(line).append('\n'); //$NON-NLS-1$
            }
        }
        return list.toString();
    }

    /** {@code -h}, {@code --help} on every command, with one description; options in the order they are declared. */
    private static void addHelpOption(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        spec.usageMessage().sortOptions(false);
        if (spec.findOption("--help") == null) { //$NON-NLS-1$
            spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).descriptionKey("option.help").build()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        command.getSubcommands().values().forEach(Cli::addHelpOption);
    }

    /** Runs {@code command} alone with {@code args}, as {@code agentproxy NAME ARGS…} would. */
    static int runAlone(Command command, List<String> args, PrintStream out, PrintStream err) {
        List<String> all = new ArrayList<>();
        all.add(new CommandLine(command).getCommandName());
        all.addAll(args);
        return new Cli("", List.of(command)).run(all, out, err); //$NON-NLS-1$
    }

    private int execute(CommandLine root, ParseResult parsed, PrintStream out, PrintStream err, PrintWriter o,
            PrintWriter e) {
        List<CommandLine> chain = parsed.asCommandLineList();
        CommandLine last = chain.get(chain.size() - 1);
        if (chain.stream().anyMatch(CommandLine::isUsageHelpRequested)) {
            usage(last, o);
            return ExitCodes.OK;
        }
        if (root.isVersionHelpRequested()) {
            root.printVersionHelp(o);
            return ExitCodes.OK;
        }
        for (CommandLine command : chain) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (option.userObject() instanceof java.lang.reflect.Field field
                        && field.isAnnotationPresent(GivenOnce.class) && occurrences(option, parsed) > 1) {
                    return usageError(command, NLS.bind(Messages.Cli_0IsGivenTwice, option.longestName()), List.of(),
                            e);
                }
            }
        }
        Object user = last.getCommand();
        if (user instanceof Help help) {
            CommandLine topic = help.command == null ? root : root.getSubcommands().get(help.command);
            if (topic == null) {
                return usageError(root, NLS.bind(Messages.Cli_unknownCommand0, help.command), List.of(), e);
            }
            usage(topic, o);
            return ExitCodes.OK;
        }
        if (user instanceof Command command) {
            o.flush();
            try {
                return command.call(out, err);
            } catch (UsageError error) {
                return usageError(last, error.getMessage(), List.of(), e);
            }
        }
        if (last == root) {
            e.println(Messages.Cli_agentproxyNoCommandGiven);
            usage(root, e);
            return ExitCodes.INVALID;
        }
        // a command made of subcommands (groups) given without one
        return usageError(last, NLS.bind(Messages.Cli_giveOneOf0, String.join(", ", last.getSubcommands().keySet())), //$NON-NLS-1$
                List.of(), e);
    }

    /** How often {@code option} was given (its values counted as given: {@code --group a,b} once). */
    private static long occurrences(OptionSpec option, ParseResult parsed) {
        return parsed.originalArgs().stream().filter(arg -> List.of(option.names()).stream()
                .anyMatch(name -> arg.equals(name) || arg.startsWith(name + "="))).count(); //$NON-NLS-1$
    }

    /** The usage of a command, its options shown as {@code --policy FILE} (the parser also takes --policy=FILE). */
    private static void usage(CommandLine command, PrintWriter to) {
        command.setSeparator(" "); //$NON-NLS-1$
        command.usage(to);
        to.flush();
    }

    /** Prints a usage error with picocli's suggestions, and returns {@link ExitCodes#INVALID}. */
    private static int usageError(CommandLine command, String reason, List<String> suggestions, PrintWriter e) {
        String name = command.getCommandSpec().qualifiedName(" ").substring(NAME.length()).strip(); //$NON-NLS-1$
        if (command.getParent() == null) {
            e.println(NLS.bind(Messages.Cli_agentproxy0, reason));
        } else {
            e.println(NLS.bind(Messages.Cli_usageError, name, reason));
        }
        if (!suggestions.isEmpty()) {
            e.println(NLS.bind(Messages.Cli_didYouMean0, String.join(Messages.Cli_or, suggestions)));
        }
        if (command.getParent() == null) {
            e.println(Messages.Cli_runAgentproxyHelp);
        }
        e.flush();
        return ExitCodes.INVALID;
    }

    /** Why the command line cannot be parsed, in the words of the earlier hand-written parser. */
    private static String reason(CommandLine.ParameterException ex, String[] given) {
        CommandLine command = ex.getCommandLine();
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String arg = unmatched.getUnmatched().get(0);
            if (command.getParent() == null && !arg.startsWith("-")) { //$NON-NLS-1$
                return NLS.bind(Messages.Cli_unknownCommand0, arg);
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg; //$NON-NLS-1$
            boolean options = command.getCommandSpec().options().stream().anyMatch(o -> !o.usageHelp());
            return arg.startsWith("-") && options ? NLS.bind(Messages.Cli_unknownOption0, name) //$NON-NLS-1$
                    : NLS.bind(Messages.Cli_unexpectedArgument0, arg);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException twice) {
            return NLS.bind(Messages.Cli_0IsGivenTwice, label(twice.getOverwritten()));
        }
        if (ex instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            if (arg instanceof OptionSpec option) {
                boolean given1 = List.of(given).stream().anyMatch(a -> List.of(option.names()).contains(a));
                return NLS.bind(given1 ? Messages.Cli_0NeedsAValue : Messages.Cli_missing0, option.longestName());
            }
            return NLS.bind(Messages.Cli_no0Given, arg.paramLabel());
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException && ex.getArgSpec() != null) {
            Class<?> type = ex.getArgSpec().type();
            String what = ex.getCause() instanceof Choices.OutOfRange range ? range.getMessage()
                    : type == int.class || type == long.class || type == Integer.class || type == Long.class
                    ? Messages.Cli_aWholeNumber : type == double.class ? Messages.Cli_aNumber : ex.getArgSpec().paramLabel();
            return NLS.bind(Messages.Cli_0MustBe1Not2, new Object[] { label(ex.getArgSpec()), what, ex.getValue() });
        }
        return ex.getMessage();
    }

    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
    }
}
