package org.agentproxy.cli.internal;

import org.eclipse.osgi.util.NLS;

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
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg; //$NON-NLS-1$
            if (!allowed.contains(name)) {
                throw new UsageError(arg.startsWith("-") ? NLS.bind(Messages.OptionArgs_unknownOption0, name) //$NON-NLS-1$
                        : NLS.bind(Messages.OptionArgs_unexpectedArgument0, arg));
            }
            String value;
            if (arg.contains("=")) { //$NON-NLS-1$
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageError(NLS.bind(Messages.OptionArgs_0NeedsAValue, name));
            }
            if (values.putIfAbsent(name, value) != null) {
                throw new UsageError(NLS.bind(Messages.OptionArgs_0IsGivenTwice, name));
            }
        }
        for (String name : required) {
            if (!values.containsKey(name)) {
                throw new UsageError(NLS.bind(Messages.OptionArgs_missing0, name));
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
            throw new UsageError(NLS.bind(Messages.OptionArgs_0MustBeOneOf, new Object[] { name, String.join(", ", choices), value })); //$NON-NLS-1$
        }
        return value;
    }
}
