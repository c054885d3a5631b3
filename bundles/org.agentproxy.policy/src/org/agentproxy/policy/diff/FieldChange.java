package org.agentproxy.policy.diff;

/**
 * One difference between two policies at a field path.
 *
 * @param path   the field path, e.g. {@code internalAgents.server.port} or {@code bypassList[2]}
 * @param kind   whether the field was added, removed or changed
 * @param before the old value as text (enum values in lower case, a secret reference as {@code ref:KEY}), or
 *               {@code null} when added
 * @param after  the new value as text, or {@code null} when removed
 */
public record FieldChange(String path, Kind kind, String before, String after) {

    /** What happened to a field. */
    public enum Kind {
        /** The field has a value now and had none before. */
        ADDED,
        /** The field had a value before and has none now. */
        REMOVED,
        /** The field's value changed. */
        CHANGED
    }

    /** {@code + path: value}, {@code - path: value} or {@code ~ path: before → after}. */
    @Override
    public String toString() {
        return switch (kind) {
            case ADDED -> "+ " + path + ": " + after;
            case REMOVED -> "- " + path + ": " + before;
            case CHANGED -> "~ " + path + ": " + (before == null ? "(none)" : before) + " → "
                    + (after == null ? "(none)" : after);
        };
    }
}
