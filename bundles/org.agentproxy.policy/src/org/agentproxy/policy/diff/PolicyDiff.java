package org.agentproxy.policy.diff;

import java.util.List;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.internal.diff.StructuralDiff;

/** The field-by-field difference between two policies, in field order. Stateless and thread-safe. */
public final class PolicyDiff {

    private PolicyDiff() {
    }

    /**
     * What changes from {@code older} to {@code newer}.
     *
     * @param older the old policy, or {@code null} when there is none (every field is then added)
     * @param newer the new policy
     * @return the changes; empty when both are equal
     */
    public static List<FieldChange> between(Policy older, Policy newer) {
        return StructuralDiff.compare(older, newer);
    }
}
