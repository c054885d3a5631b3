package org.agentproxy.deployment;

import java.time.Instant;
import java.util.List;

import org.agentproxy.policy.Policy;

/**
 * A deployment before it runs: the policy and, per target in rollout order (canaries first), the diff against
 * what is deployed there. Execute it with {@link DeploymentService#execute}.
 *
 * @param id      the deployment's id (also sent as the note of every version it creates)
 * @param policy  the policy to deploy
 * @param created when the plan was made
 * @param targets the targets in rollout order
 */
public record DeploymentPlan(String id, Policy policy, Instant created, List<TargetPlan> targets) {

    public DeploymentPlan {
        targets = List.copyOf(targets);
    }

    /** Whether every target could be read. */
    public boolean isReady() {
        return targets.stream().allMatch(TargetPlan::isReady);
    }

    /** Whether no target needs a change. */
    public boolean isUpToDate() {
        return targets.stream().allMatch(TargetPlan::isUpToDate);
    }
}
