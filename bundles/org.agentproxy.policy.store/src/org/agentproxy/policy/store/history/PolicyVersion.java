package org.agentproxy.policy.store.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.agentproxy.policy.store.PolicyId;

/**
 * One kept version of a policy: what a History view lists.
 *
 * @param policy        the policy it is a version of
 * @param number        1 for the first version, then increasing by one
 * @param time          when it was saved
 * @param changedFields the field paths that differ from the version before (empty for the first version)
 * @param restoredFrom  the version this one restored, or 0 when it was saved from an editor
 */
public record PolicyVersion(PolicyId policy, int number, Instant time, List<String> changedFields,
        int restoredFrom) {

    private static final int SHOWN = 3;

    public PolicyVersion {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(time, "time");
        changedFields = List.copyOf(changedFields);
        if (number < 1) {
            throw new IllegalArgumentException("version number must be 1 or more, not " + number);
        }
    }

    /** Whether this version restored an earlier one. */
    public boolean isRestore() {
        return restoredFrom > 0;
    }

    /**
     * One line for a History view: {@code first version}, {@code internalAgents.server.port},
     * {@code a, b, c and 2 more fields}, {@code restored version 2: …}.
     */
    public String summary() {
        String fields;
        if (number == 1 && !isRestore()) {
            fields = "first version";
        } else if (changedFields.isEmpty()) {
            fields = "no changes";
        } else if (changedFields.size() <= SHOWN) {
            fields = String.join(", ", changedFields);
        } else {
            int more = changedFields.size() - SHOWN;
            fields = String.join(", ", changedFields.subList(0, SHOWN)) + " and " + more + " more field"
                    + (more == 1 ? "" : "s");
        }
        return isRestore() ? "restored version " + restoredFrom + ": " + fields : fields;
    }
}
