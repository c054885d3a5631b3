package org.agentproxy.deployment.ui.internal.fleet;

import org.eclipse.osgi.util.NLS;

/** The Fleet Status view's strings ({@code messages.properties} beside this class). */
public final class Messages extends NLS {

    public static String FleetStatus_server;
    public static String FleetStatus_group;
    public static String FleetStatus_state;
    public static String FleetStatus_stateCurrent;
    public static String FleetStatus_stateBehind;
    public static String FleetStatus_stateNotSeen;
    public static String FleetStatus_stateFailing;
    public static String FleetStatus_stateMismatch;
    public static String FleetStatus_stateCount;
    public static String FleetStatus_outcomeOk;
    public static String FleetStatus_outcomeFailed;
    public static String FleetStatus_outcomeNotTried;
    public static String FleetStatus_outcomeWithError;
    public static String FleetStatus_allStates;
    public static String FleetStatus_refresh;
    public static String FleetStatus_cancel;
    public static String FleetStatus_noServer;
    public static String FleetStatus_noGroup;
    public static String FleetStatus_reading;
    public static String FleetStatus_jobName;
    public static String FleetStatus_cancelled;
    public static String FleetStatus_failed;
    public static String FleetStatus_summary;
    public static String FleetStatus_chartTitle;
    public static String FleetStatus_versionAxis;
    public static String FleetStatus_agentsAxis;
    public static String FleetStatus_versionLabel;
    public static String FleetStatus_noVersion;
    public static String FleetStatus_columnAgent;
    public static String FleetStatus_columnVersion;
    public static String FleetStatus_columnStates;
    public static String FleetStatus_columnLastSeen;
    public static String FleetStatus_columnPurposes;
    public static String FleetStatus_predicted;
    public static String FleetStatus_observed;
    public static String FleetStatus_selectAgent;
    public static String FleetStatus_noMismatch;
    public static String FleetStatus_mismatchHead;
    public static String FleetStatus_observedHead;
    public static String FleetStatus_pathLine;
    public static String FleetStatus_reasonLine;
    public static String FleetStatus_failedLine;
    public static String FleetStatus_openPaths;
    public static String FleetStatus_openPathsFailed;

    static {
        NLS.initializeMessages("org.agentproxy.deployment.ui.internal.fleet.messages", Messages.class); //$NON-NLS-1$
    }

    private Messages() {
    }
}
