package org.agentproxy.deployment.ui.internal.view;

import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.TargetResult;

/** How the Deployments view says statuses and outcomes: words for people ("Rolled back"), not enum names. */
final class Words {

    private Words() {
    }

    static String status(DeploymentResult.Status status) {
        return switch (status) {
            case SUCCEEDED -> "Succeeded";
            case PARTIAL -> "Partly failed";
            case HALTED -> "Halted";
            case CANCELLED -> "Cancelled";
        };
    }

    static String outcome(TargetResult.Outcome outcome) {
        return switch (outcome) {
            case DEPLOYED -> "Deployed";
            case UNCHANGED -> "Unchanged";
            case SECRETS_UPDATED -> "Passwords updated";
            case ROLLED_BACK -> "Rolled back";
            case CONFLICT -> "Conflict";
            case FAILED -> "Failed";
            case SKIPPED -> "Skipped";
        };
    }
}
