package org.agentproxy.deployment.ui.internal.view;

import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.TargetResult;

/** How the Deployments view says statuses and outcomes: words for people ("Rolled back"), not enum names. */
final class Words {

    private Words() {
    }

    static String status(DeploymentResult.Status status) {
        return switch (status) {
            case SUCCEEDED -> Messages.Words_succeeded;
            case PARTIAL -> Messages.Words_partlyFailed;
            case HALTED -> Messages.Words_halted;
            case CANCELLED -> Messages.Words_cancelled;
        };
    }

    static String outcome(TargetResult.Outcome outcome) {
        return switch (outcome) {
            case DEPLOYED -> Messages.Words_deployed;
            case UNCHANGED -> Messages.Words_unchanged;
            case SECRETS_UPDATED -> Messages.Words_passwordsUpdated;
            case ROLLED_BACK -> Messages.Words_rolledBack;
            case CONFLICT -> Messages.Words_conflict;
            case FAILED -> Messages.Words_failed;
            case SKIPPED -> Messages.Words_skipped;
        };
    }
}
