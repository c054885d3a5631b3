package org.agentproxy.smartprotection;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A setting a feature declares (a {@code <setting>} of its contribution, or of a {@link FeatureProvider}'s
 * feature): a property of the feature's settings in a policy ({@code FeatureSettings.properties()}, stored as a
 * string under {@link #id()}) that the studio edits with a field of its {@link #type()} and the registry checks.
 *
 * @param id           the property name, e.g. {@code maxSampleSizeMb}
 * @param label        what administrators see next to the field
 * @param description  what the setting does (may be empty); shown as the field's tooltip
 * @param type         its type
 * @param defaultValue the value agents use while the policy does not set one, or {@code null}
 * @param min          the smallest integer allowed, or {@code null} (integers only)
 * @param max          the largest integer allowed, or {@code null} (integers only)
 * @param choices      the values allowed (choices only; empty for the other types)
 * @since 0.2.0
 */
public record FeatureSetting(String id, String label, String description, Type type, String defaultValue,
        Integer min, Integer max, List<String> choices) {

    /** What a setting id looks like: a letter, then letters, digits, dots, hyphens and underscores. */
    public static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*"); //$NON-NLS-1$

    /** The type of a setting, as its {@code type} attribute names it. */
    public enum Type {
        STRING, INTEGER, BOOLEAN, CHOICE;

        /** The value of the {@code type} attribute. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The type whose {@link #id()} is {@code value}, if any. */
        public static Optional<Type> of(String value) {
            return Arrays.stream(values()).filter(t -> t.id().equals(value)).findFirst();
        }
    }

    /** @throws IllegalArgumentException naming the setting and the reason when the declaration is invalid */
    public FeatureSetting {
        Objects.requireNonNull(type, "type"); //$NON-NLS-1$
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a setting id is a letter, then letters, digits, dots, hyphens and " //$NON-NLS-1$
                    + "underscores, not \"" + id + "\""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("setting " + id + " has no label"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        description = description == null ? "" : description; //$NON-NLS-1$
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type != Type.INTEGER && (min != null || max != null)) {
            throw new IllegalArgumentException("setting " + id + ": min and max are for integer settings only"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("setting " + id + ": min " + min + " is greater than max " + max); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (type == Type.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("setting " + id + " is a choice without choices"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (type != Type.CHOICE && !choices.isEmpty()) {
            throw new IllegalArgumentException("setting " + id + ": choices are for choice settings only"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (defaultValue != null) {
            String bad = problem(defaultValue, type, min, max, choices);
            if (bad != null) {
                throw new IllegalArgumentException("setting " + id + ": its default " + bad); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    /** Why {@code value} is no valid value of this setting (e.g. "must be ... , not "0""), if it is not. */
    public Optional<String> check(String value) {
        return Optional.ofNullable(problem(value, type, min, max, choices));
    }

    /** The value in {@code properties}, else the default ({@code null} when there is none). */
    public String valueIn(java.util.Map<String, String> properties) {
        return properties.getOrDefault(id, defaultValue);
    }

    private static String problem(String value, Type type, Integer min, Integer max, List<String> choices) {
        return switch (type) {
            case STRING -> null;
            case BOOLEAN -> value.equals("true") || value.equals("false") ? null //$NON-NLS-1$ //$NON-NLS-2$
                    : Messages.bind(Messages.FeatureSetting_boolean, value);
            case CHOICE -> choices.contains(value) ? null
                    : Messages.bind(Messages.FeatureSetting_choice, String.join(", ", choices), value); //$NON-NLS-1$
            case INTEGER -> inRange(value, min, max) ? null
                    : integerProblem(value, min, max);
        };
    }

    private static boolean inRange(String value, Integer min, Integer max) {
        if (!value.matches("-?[0-9]{1,9}")) { //$NON-NLS-1$
            return false;
        }
        int n = Integer.parseInt(value);
        return (min == null || n >= min) && (max == null || n <= max);
    }

    private static String integerProblem(String value, Integer min, Integer max) {
        if (min != null && max != null) {
            return Messages.bind(Messages.FeatureSetting_integerFromTo, min, max, value);
        }
        if (min != null) {
            return Messages.bind(Messages.FeatureSetting_integerAtLeast, min, value);
        }
        return max != null ? Messages.bind(Messages.FeatureSetting_integerAtMost, max, value)
                : Messages.bind(Messages.FeatureSetting_integer, value);
    }
}
