package org.agentproxy.simulation;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A value with a stable external name: the word scenario files and the JSON output use for it (e.g.
 * {@code internal-server}). Scripts rely on these names; they never change within a format version.
 */
public interface Identified {

    /** The external name. */
    String id();

    /** The constant of an enum whose {@link #id()} is {@code id}, if any. */
    static <E extends Enum<E> & Identified> Optional<E> byId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
    }

    /** Every external name of an enum, quoted and comma-separated, for error messages. */
    static <E extends Enum<E> & Identified> String ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> "\"" + e.id() + "\"")
                .collect(Collectors.joining(", "));
    }
}
