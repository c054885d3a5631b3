package org.agentproxy.deployment.ui.internal.wizard;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.deployment.ui.internal.wizard.messages"; //$NON-NLS-1$

    public static String CanaryLine_canary0On12;
    public static String CanaryLine_theOnlyTarget;
    public static String CanaryLine_deployedFirstIfItFails;
    public static String CanaryLine_targetIs;
    public static String CanaryLine_targetsAre;
    public static String ConfirmPage_confirm;
    public static String ConfirmPage_finishDeploysInTheBackground;
    public static String ConfirmPage_agentsLoseConnectivityWithThis;
    public static String ConfirmPage_fleetImpact0;
    public static String ConfirmPage_deploy0Deployment1;
    public static String ConfirmPage_1Canary;
    public static String ConfirmPage_on;
    public static String ConfirmPage_upToDateNotChanged;
    public static String ConfirmPage_version0Kept1Password;
    public static String ConfirmPage_version0NewVersion1;
    public static String ConfirmPage_thePolicyRefersTo;
    public static String ConfirmPage_password;
    public static String ConfirmPage_passwords;
    public static String ConfirmPage_theirValuesGoToEach;
    public static String ConfirmPage_ifATargetFailsThe;
    public static String DeployHandler_deployPolicy;
    public static String DeployHandler_cannotDeployPolicy;
    public static String DeployHandler_openAPolicyFirstFile;
    public static String DeployHandler_thePolicyHas0And;
    public static String DeployHandler_thePolicyHasUnsavedEdits;
    public static String DeployWizard_deployPolicy;
    public static String DeployWizard_thePasswordsCannotBeRead;
    public static String DeployWizard_deploy0To12;
    public static String DeployWizard_target;
    public static String DeployWizard_targets;
    public static String ImpactPage_fleetImpact;
    public static String ImpactPage_whatTheChangeDoesTo;
    public static String ImpactPage_inventory;
    public static String ImpactPage_theAgentsCSVTypeIts;
    public static String ImpactPage_target;
    public static String ImpactPage_purpose;
    public static String ImpactPage_kept;
    public static String ImpactPage_changed;
    public static String ImpactPage_gained;
    public static String ImpactPage_lost;
    public static String ImpactPage_agent;
    public static String ImpactPage_before;
    public static String ImpactPage_cause;
    public static String ImpactPage_reason;
    public static String ImpactPage_inventory0IsNotA;
    public static String ImpactPage_theInventoryCannotBeRemembered;
    public static String ImpactPage_thePlanIsNotRead;
    public static String ImpactPage_noInventoryIsSetSo;
    public static String ImpactPage_theInventory0DoesNot;
    public static String ImpactPage_simulatingTheAgentsOf0;
    public static String ImpactPage_target2;
    public static String ImpactPage_targets;
    public static String ImpactPage_fleetImpactOf0;
    public static String ImpactPage_agentsLoseConnectivityWithThis;
    public static String ImpactPage_warning0;
    public static String PlanPage_plan;
    public static String PlanPage_whatChangesAtEachTarget;
    public static String PlanPage_target;
    public static String PlanPage_field;
    public static String PlanPage_deployed;
    public static String PlanPage_new;
    public static String PlanPage_readingWhatIsDeployedAt;
    public static String PlanPage_thePasswordsCannotBeRead;
    public static String PlanPage_planningTheDeploymentOf0;
    public static String PlanPage_thePlanCannotBeMade;
    public static String PlanPage_0V1;
    public static String PlanPage_cannotBeRead0;
    public static String PlanPage_upToDateNothingTo;
    public static String PlanPage_policyUpToDateOnly;
    public static String PlanPage_noPassword;
    public static String PlanPage_passwordNotShown;
    public static String PlanPage_secretNew;
    public static String PlanPage_secretChanged;
    public static String PlanPage_secretUnchanged;
    public static String PlanPage_secretNoValue;
    public static String PlanPage_secretNotCompared;
    public static String PlanPage_someTargetsCannotBeRead;
    public static String PlanPage_0FieldChanges1At;
    public static String PlanPage_passwordChange;
    public static String PlanPage_passwordChanges;
    public static String PlanPage_target2;
    public static String PlanPage_targets;
    public static String TargetImpact_cannotBeRead0;
    public static String TargetImpact_nothingDeployedYetEveryAgent;
    public static String TargetImpact_agent;
    public static String TargetImpact_agents;
    public static String TargetImpact_nothingToCompareAt0;
    public static String TargetImpact_noAgentOf01;
    public static String TargetImpact_nothingIsDeployedAt0;
    public static String TargetImpact_agentLoses;
    public static String TargetImpact_agentsLose;
    public static String TargetImpact_connectivityAt;
    public static String TargetImpact_and;
    public static String TargetImpact_more;
    public static String TargetsPage_targets;
    public static String TargetsPage_where0GoesTheCanary;
    public static String TargetsPage_group;
    public static String TargetsPage_server;
    public static String TargetsPage_deployedVersion;
    public static String TargetsPage_role;
    public static String TargetsPage_markAsCanary;
    public static String TargetsPage_createGroup;
    public static String TargetsPage_noPolicyServerIsConfigured;
    public static String TargetsPage_readingTheGroupsOf0;
    public static String TargetsPage_server2;
    public static String TargetsPage_servers;
    public static String TargetsPage_readingTheGroupsOfThe;
    public static String TargetsPage_noAgentGroupOnThe;
    public static String TargetsPage_groupFound;
    public static String TargetsPage_groupsFound;
    public static String DeployHandler_deploy;
    public static String ImpactPage_browse;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
