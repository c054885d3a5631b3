package org.agentproxy.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Normalisation helpers shared by the model's records: absent means {@code null}, never blank. */
final class Values {

    private Values() {
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    static <K, V> Map<K, V> orderedMap(Map<K, V> values) {
        return values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
