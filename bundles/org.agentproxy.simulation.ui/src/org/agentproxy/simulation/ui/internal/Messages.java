package org.agentproxy.simulation.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.simulation.ui.internal.messages"; //$NON-NLS-1$

    public static String AgentList_exportAgents;
    public static String AgentList_writesTheAgentsListedBelow;
    public static String AgentList_agent;
    public static String AgentList_purpose;
    public static String AgentList_change;
    public static String AgentList_before;
    public static String AgentList_after;
    public static String AgentList_whyLost;
    public static String AgentList_lostPathsClickABar;
    public static String AgentList_path;
    public static String AgentList_paths;
    public static String AgentList_0ChangedGainedAndLost;
    public static String AgentList_agent2;
    public static String AgentList_agents;
    public static String AgentList_none;
    public static String AgentList_exported0Rows1To;
    public static String AgentList_cannotExportTo01;
    public static String ConnectionPathsView_simulatingTheConnectionPaths;
    public static String ConnectionPathsView_purpose;
    public static String ConnectionPathsView_attempt;
    public static String ConnectionPathsView_via;
    public static String ConnectionPathsView_target;
    public static String ConnectionPathsView_outcome;
    public static String ConnectionPathsView_rule;
    public static String ConnectionPathsView_openAPolicyToSee;
    public static String ConnectionPathsView_theScenarioIsNotValid;
    public static String ConnectionPathsView_policy012Is;
    public static String ConnectionPathsView_notSimulated0;
    public static String ConnectionPathsView_warnings0;
    public static String ConnectionPathsView_routedAndStopped;
    public static String Endpoints_integratedSPS;
    public static String Endpoints_sPS;
    public static String FleetImpactView_sampleFleetCsv;
    public static String FleetImpactView_compareWith;
    public static String FleetImpactView_compareWithFile;
    public static String FleetImpactView_exportCSV;
    public static String FleetImpactView_analysingTheFleetImpact;
    public static String FleetImpactView_purpose;
    public static String FleetImpactView_kept;
    public static String FleetImpactView_changed;
    public static String FleetImpactView_gained;
    public static String FleetImpactView_lost;
    public static String FleetImpactView_the0CannotBeRead;
    public static String FleetImpactView_theSavedFile;
    public static String FleetImpactView_version0Of1;
    public static String FleetImpactView_theHistoryCannotBeRead;
    public static String FleetImpactView_openAPolicyToSee;
    public static String FleetImpactView_theImpactCannotBeAnalysed;
    public static String FleetImpactView_editedPolicyVs0On;
    public static String FleetImpactView_exported0LostPathsTo;
    public static String FleetImpactView_cannotExport0;
    public static String ImpactChart_agentsPerPurpose;
    public static String ImpactChart_purpose;
    public static String ImpactChart_agents;
    public static String ImpactChart_kept;
    public static String ImpactChart_changed;
    public static String ImpactChart_gained;
    public static String ImpactChart_lost;
    public static String Recompute_computing;
    public static String ResultTable_id0;
    public static String RuleLegend_rules;
    public static String ScenarioChoice_sample;
    public static String ScenarioChoice_loadScenario;
    public static String ScenarioChoice_reset;
    public static String ScenarioForm_agentIP;
    public static String ScenarioForm_gateway;
    public static String ScenarioForm_domain;
    public static String ScenarioForm_autoProxyDetected;
    public static String ScenarioForm_systemProxy;
    public static String ScenarioForm_hostPortEmptyForNone;
    public static String ScenarioForm_theEndpointSSystemWinINet;
    public static String ScenarioForm_systemProxyAnswers;
    public static String ScenarioForm_userProxy;
    public static String ScenarioForm_theProxyAUserSet;
    public static String ScenarioForm_reachable;
    public static String ScenarioForm_integratedSps;
    public static String ScenarioChoice_saveScenario;
    public static String ConnectionPathsView_savedScenario;
    public static String ConnectionPathsView_cannotSaveScenario;
    public static String ScenarioForm_integratedSpsEmptyForNone;
    public static String ScenarioForm_integratedSpsTooltip;
    public static String ScenarioForm_integratedSpsInvalid;
    public static String ViewHeader_theViewRecomputesOffThe;
    public static String DiagramAccessibility_name;
    public static String DiagramAccessibility_empty;
    public static String DiagramAccessibility_summary;
    public static String DiagramAccessibility_edge;
    public static String DiagramAccessibility_box;
    public static String DiagramAccessibility_unknown;
    public static String DiagramAccessibility_ok;
    public static String DiagramAccessibility_failed;
    public static String DiagramAccessibility_notTried;
    public static String FleetImpactView_inventory;
    public static String Endpoints_server;
    public static String Endpoints_spn;
    public static String Endpoints_activeUpdate;

    public static String Words_internal;
    public static String Words_external;
    public static String AgentList_purposeAndChange;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
