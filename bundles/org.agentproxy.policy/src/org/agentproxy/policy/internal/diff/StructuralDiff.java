package org.agentproxy.policy.internal.diff;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.agentproxy.policy.diff.FieldChange;
import org.agentproxy.policy.diff.FieldChange.Kind;

/**
 * Compares two model values leaf by leaf. A field that is {@code null} on one side is compared as a record of
 * the other side's type with every field absent, so its leaves show as changes from or to {@code (none)};
 * list elements and map entries only one side has show as added or removed.
 */
public final class StructuralDiff {

    private final List<FieldChange> changes = new ArrayList<>();

    private StructuralDiff() {
    }

    /**
     * The changes from one value to another, in the order of their fields. When either is {@code null} (no
     * policy before, or none after), every field of the other is added or removed.
     */
    public static List<FieldChange> compare(Object older, Object newer) {
        StructuralDiff diff = new StructuralDiff();
        if (older == null) {
            diff.record(Kind.ADDED, "", newer);
        } else if (newer == null) {
            diff.record(Kind.REMOVED, "", older);
        } else {
            diff.compare("", older, newer);
        }
        return diff.changes;
    }

    private void compare(String path, Object a, Object b) {
        if (Objects.equals(a, b)) {
            return;
        }
        if ((a == null || a instanceof List<?>) && (b == null || b instanceof List<?>)) {
            compareLists(path, a == null ? List.of() : (List<?>) a, b == null ? List.of() : (List<?>) b);
        } else if ((a == null || a instanceof Map<?, ?>) && (b == null || b instanceof Map<?, ?>)) {
            compareMaps(path, a == null ? Map.of() : (Map<?, ?>) a, b == null ? Map.of() : (Map<?, ?>) b);
        } else if (sameRecordType(a, b)) {
            Class<?> type = (a != null ? a : b).getClass();
            for (RecordComponent c : type.getRecordComponents()) {
                compare(RecordTree.field(path, c.getName()), RecordTree.component(a, c), RecordTree.component(b, c));
            }
        } else if (RecordTree.isNode(a) || RecordTree.isNode(b)) {
            // different shapes (cannot happen within one model version): old leaves removed, new ones added
            record(Kind.REMOVED, path, a);
            record(Kind.ADDED, path, b);
        } else {
            changes.add(new FieldChange(path, Kind.CHANGED, RecordTree.render(a), RecordTree.render(b)));
        }
    }

    private static boolean sameRecordType(Object a, Object b) {
        boolean aRecord = a == null || RecordTree.isNode(a) && a.getClass().isRecord();
        boolean bRecord = b == null || RecordTree.isNode(b) && b.getClass().isRecord();
        return aRecord && bRecord && (a == null || b == null || a.getClass() == b.getClass());
    }

    private void compareLists(String path, List<?> a, List<?> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String at = RecordTree.index(path, i);
            if (i >= a.size()) {
                record(Kind.ADDED, at, b.get(i));
            } else if (i >= b.size()) {
                record(Kind.REMOVED, at, a.get(i));
            } else {
                compare(at, a.get(i), b.get(i));
            }
        }
    }

    private void compareMaps(String path, Map<?, ?> a, Map<?, ?> b) {
        a.forEach((key, value) -> {
            String at = RecordTree.field(path, String.valueOf(key));
            if (b.containsKey(key)) {
                compare(at, value, b.get(key));
            } else {
                record(Kind.REMOVED, at, value);
            }
        });
        b.forEach((key, value) -> {
            if (!a.containsKey(key)) {
                record(Kind.ADDED, RecordTree.field(path, String.valueOf(key)), value);
            }
        });
    }

    /** Every non-null leaf of an added or removed value; one entry for the value itself if it has none. */
    private void record(Kind kind, String path, Object value) {
        if (value == null) {
            return;
        }
        int before = changes.size();
        RecordTree.leaves(path, value, (at, leaf) -> {
            if (leaf != null) {
                String text = RecordTree.render(leaf);
                changes.add(kind == Kind.ADDED ? new FieldChange(at, kind, null, text)
                        : new FieldChange(at, kind, text, null));
            }
        });
        if (changes.size() == before) {
            String empty = value instanceof List<?> ? "[]" : "{}";
            changes.add(kind == Kind.ADDED ? new FieldChange(path, kind, null, empty)
                    : new FieldChange(path, kind, empty, null));
        }
    }
}
