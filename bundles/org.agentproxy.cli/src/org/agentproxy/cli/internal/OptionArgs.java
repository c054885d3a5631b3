package org.agentproxy.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name VALUE} (or {@code --name=VALUE}) options of a command, each at most once. {@link #parse} returns the
 * options or throws {@link UsageError} with a message for the user.
 */
public final class OptionArgs {

    /** A command line that cannot be run: the message says why. */
    public static final class UsageError extends Exception {

        private static final long serialVersionUID = 1L;

        public UsageError(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, String> values;

    private OptionArgs(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param allowed  the options that take a value, e.g. {@code --policy}
     * @param required those of them that must be given
     */
    public static OptionArgs parse(List<String> args, Set<String> allowed, Set<String> required) throws UsageError {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!allowed.contains(name)) {
                throw new UsageError(arg.startsWith("-") ? "unknown option \"" + name + "\""
                        : "unexpected argument \"" + arg + "\"");
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageError(name + " needs a value");
            }
            if (values.putIfAbsent(name, value) != null) {
                throw new UsageError(name + " is given twice");
            }
        }
        for (String name : required) {
            if (!values.containsKey(name)) {
                throw new UsageError("missing " + name);
            }
        }
        return new OptionArgs(values);
    }

    public String get(String name) {
        return values.get(name);
    }

    /** The value of an option that must be one of {@code choices}, or {@code fallback} when absent. */
    public String choice(String name, List<String> choices, String fallback) throws UsageError {
        String value = values.getOrDefault(name, fallback);
        if (!choices.contains(value)) {
            throw new UsageError(name + " must be one of " + String.join(", ", choices) + ", not \"" + value + "\"");
        }
        return value;
    }
}
