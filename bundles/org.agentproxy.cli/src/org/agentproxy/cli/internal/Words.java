package org.agentproxy.cli.internal;

import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.TargetResult;

/**
 * How the command line's human output says the deployment engine's enums and yes/no: one place per enum, from
 * {@code messages.properties}. The English is what the output always said (the enum's name in lower case), so that
 * scripts reading it go on working; a translation changes only the words. The {@code --json} output carries the
 * enums' wire names and never these.
 */
public final class Words {

    private Words() {
    }

    public static String status(DeploymentResult.Status status) {
        return switch (status) {
            case SUCCEEDED -> Messages.Words_succeeded;
            case PARTIAL -> Messages.Words_partial;
            case HALTED -> Messages.Words_halted;
            case CANCELLED -> Messages.Words_cancelled;
        };
    }

    public static String outcome(TargetResult.Outcome outcome) {
        return switch (outcome) {
            case DEPLOYED -> Messages.Words_deployed;
            case UNCHANGED -> Messages.Words_unchanged;
            case SECRETS_UPDATED -> Messages.Words_secretsUpdated;
            case ROLLED_BACK -> Messages.Words_rolledBack;
            case CONFLICT -> Messages.Words_conflict;
            case FAILED -> Messages.Words_failed;
            case SKIPPED -> Messages.Words_skipped;
        };
    }

    public static String yesNo(boolean value) {
        return value ? Messages.Words_yes : Messages.Words_no;
    }
}
