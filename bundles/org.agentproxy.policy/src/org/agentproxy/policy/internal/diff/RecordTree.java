package org.agentproxy.policy.internal.diff;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import org.agentproxy.policy.SecretRef;

/**
 * The model as a tree: records are nodes whose children are their components, lists are nodes indexed by
 * position, maps by key; everything else (text, numbers, flags, enum values, secret references) is a leaf.
 */
public final class RecordTree {

    private RecordTree() {
    }

    /** Whether a value has children: a record (other than a secret reference), a list or a map. */
    static boolean isNode(Object value) {
        return value instanceof List<?> || value instanceof Map<?, ?>
                || value != null && value.getClass().isRecord() && !(value instanceof SecretRef);
    }

    /** The path of a named field below a path. */
    static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String index(String path, int index) {
        return path + "[" + index + "]";
    }

    /** A component of a record, or {@code null} when the record itself is {@code null}. */
    static Object component(Object record, RecordComponent component) {
        if (record == null) {
            return null;
        }
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    /** Calls the visitor with every leaf below a value (the value itself when it is a leaf), in order. */
    static void leaves(String path, Object value, BiConsumer<String, Object> visitor) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                leaves(index(path, i), list.get(i), visitor);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> leaves(field(path, String.valueOf(k)), v, visitor));
        } else if (isNode(value)) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                leaves(field(path, c.getName()), component(value, c), visitor);
            }
        } else {
            visitor.accept(path, value);
        }
    }

    /** Every non-null leaf of a type below a root, by path, in order. */
    public static <T> Map<String, T> leavesOfType(Object root, Class<T> type) {
        Map<String, T> found = new LinkedHashMap<>();
        leaves("", root, (path, leaf) -> {
            if (type.isInstance(leaf)) {
                found.put(path, type.cast(leaf));
            }
        });
        return found;
    }

    /** A leaf as text: enum values in lower case (as in the policy format), a secret reference by its key. */
    static String render(Object leaf) {
        if (leaf == null) {
            return null;
        }
        if (leaf instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (leaf instanceof SecretRef ref) {
            return "ref:" + ref.key();
        }
        return String.valueOf(leaf);
    }
}
