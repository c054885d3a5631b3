/**
 * Structural comparison of policies by field path ({@link org.agentproxy.policy.diff.PolicyDiff}): used by
 * deployment plans and the policy history. Plain Java; a policy holds only secret references, never secrets.
 */
package org.agentproxy.policy.diff;
