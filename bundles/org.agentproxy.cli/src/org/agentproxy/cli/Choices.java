package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;

/** The choices of an option such as {@code --format}: what completion offers, and the check of the value given. */
final class Choices {

    /**
     * The values an option or argument takes, as picocli's {@code completionCandidates} (a class it instantiates):
     * each set of choices is a subclass that passes its values.
     */
    static class Values extends ArrayList<String> {

        private static final long serialVersionUID = 1L;

        Values(List<String> values) {
            super(values);
        }

        Values(String... values) {
            this(List.of(values));
        }
    }

    /** {@code text}, {@code json}. */
    static final class TextJson extends Values {

        private static final long serialVersionUID = 1L;

        TextJson() {
            super("text", "json"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** {@code text}, {@code json}, {@code csv}. */
    static final class TextJsonCsv extends Values {

        private static final long serialVersionUID = 1L;

        TextJsonCsv() {
            super("text", "json", "csv"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /** The versions of the simulation report's JSON format: {@code 2} (current), {@code 1}. */
    static final class ReportVersions extends Values {

        private static final long serialVersionUID = 1L;

        ReportVersions() {
            super("2", "1"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * The converter of a whole-number option with a range: a value outside it (or no number) is refused as
     * {@code --port must be a whole number between 0 and 65535, not "http"}.
     */
    abstract static class WholeNumber implements CommandLine.ITypeConverter<Integer> {

        private final int min;
        private final int max;

        WholeNumber(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new OutOfRange(NLS.bind(Messages.Choices_aWholeNumberBetween0And1, Integer.toString(min),
                    Integer.toString(max)));
        }
    }

    /** A value outside the choices or range of its option; the message says what it must be. */
    static final class OutOfRange extends CommandLine.TypeConversionException {

        private static final long serialVersionUID = 1L;

        OutOfRange(String whatItMustBe) {
            super(whatItMustBe);
        }
    }

    private Choices() {
    }

    /**
     * @return {@code value}
     * @throws UsageError it is not one of {@code choices}: {@code --format must be one of text, json, not "xml"}
     */
    static String check(String option, String value, List<String> choices) throws UsageError {
        if (!choices.contains(value)) {
            throw new UsageError(NLS.bind(Messages.Cli_0MustBeOneOf, new Object[] { option, String.join(", ", choices), //$NON-NLS-1$
                    value }));
        }
        return value;
    }
}
