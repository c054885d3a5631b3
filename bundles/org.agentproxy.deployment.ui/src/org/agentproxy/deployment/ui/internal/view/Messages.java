package org.agentproxy.deployment.ui.internal.view;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.deployment.ui.internal.view.messages"; //$NON-NLS-1$

    public static String DeploymentRow_of0;
    public static String DeploymentRow_deploy01;
    public static String DeploymentRow_rollingBack;
    public static String DeploymentRow_rolledBackBy0;
    public static String DeploymentRow_failed0;
    public static String DeploymentRow_running0;
    public static String DeploymentsView_deployment;
    public static String DeploymentsView_what;
    public static String DeploymentsView_started;
    public static String DeploymentsView_status;
    public static String DeploymentsView_targets;
    public static String DeploymentsView_target;
    public static String DeploymentsView_outcome;
    public static String DeploymentsView_from;
    public static String DeploymentsView_to;
    public static String DeploymentsView_attempts;
    public static String DeploymentsView_message;
    public static String DeploymentsView_rollback;
    public static String DeploymentsView_refresh;
    public static String DeploymentsView_readingTheDeploymentHistory;
    public static String DeploymentsView_theHistoryIn0Cannot;
    public static String DeploymentsView_0DeploymentsJournal1;
    public static String DeploymentsView_rollBackDeployment;
    public static String DeploymentsView_giveEveryTargetOf0;
    public static String DeploymentsView_rollBack0;
    public static String Words_succeeded;
    public static String Words_partlyFailed;
    public static String Words_halted;
    public static String Words_cancelled;
    public static String Words_deployed;
    public static String Words_unchanged;
    public static String Words_passwordsUpdated;
    public static String Words_rolledBack;
    public static String Words_conflict;
    public static String Words_failed;
    public static String Words_skipped;

    public static String DeploymentRow_targetOutcome;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
