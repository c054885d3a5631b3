package org.agentproxy.deployment;

import org.agentproxy.policy.Policy;

/**
 * A policy as deployed at a target.
 *
 * @param version the target's version number of it (1, 2, …)
 * @param policy  the policy
 */
public record DeployedPolicy(long version, Policy policy) {
}
