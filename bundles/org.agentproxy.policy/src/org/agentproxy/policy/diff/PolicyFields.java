package org.agentproxy.policy.diff;

import java.util.Map;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.internal.diff.RecordTree;

/** Field paths of a policy's values. Stateless and thread-safe. */
public final class PolicyFields {

    private PolicyFields() {
    }

    /** Every secret reference in the policy, by the field path that holds it, in field order. */
    public static Map<String, SecretRef> secretRefs(Policy policy) {
        return RecordTree.leavesOfType(policy, SecretRef.class);
    }
}
