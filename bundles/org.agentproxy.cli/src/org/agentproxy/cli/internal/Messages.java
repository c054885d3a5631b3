package org.agentproxy.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.cli.internal.messages"; //$NON-NLS-1$

    public static String DeployArgs_0NeedsAnHttpsServer;
    public static String DeployArgs_serverFingerprint0;
    public static String DeployArgs_tlsClientKeyNeedsTls;
    public static String DeployArgs_tlsClientCertNeedsTls;
    public static String DeployArgs_serverMustBeAnHttp;
    public static String DeployArgs_serverIsNotAURL;
    public static String DeployArgs_groupNeedsAGroupName;
    public static String DeployArgs_tokenFile0;
    public static String DeployArgs_aToken;
    public static String DeployArgs_tokenFile0NoSuch;
    public static String DeployArgs_tokenFile01;
    public static String DeployArgs_0MustBeAWhole;
    public static String DeployOutput_plan0Policy1To;
    public static String DeployOutput_target;
    public static String DeployOutput_targetsTheFirstIsThe;
    public static String DeployOutput_0CannotPlan1;
    public static String DeployOutput_0Version1HasThis;
    public static String DeployOutput_0Version1HasThis2;
    public static String DeployOutput_01ANewVersion;
    public static String DeployOutput_nothingDeployed;
    public static String DeployOutput_version0;
    public static String DeployOutput_change;
    public static String DeployOutput_changes;
    public static String DeployOutput_deployedAsVersion0Was;
    public static String DeployOutput_rolledBackVersion0Was;
    public static String DeployOutput_unchangedVersion0;
    public static String DeployOutput_secretValuesUpdatedVersion0;
    public static String DeployOutput_after0Attempts;
    public static String DeployOutput_rollback;
    public static String DeployOutput_deployment;
    public static String DeployOutput_recordedIn0;
    public static String DeployOutput_warning0;
    public static String DropinPlugins_cannotList01;
    public static String DropinPlugins_01Purpose2Routing;
    public static String ImpactText_impactOf01On;
    public static String ImpactText_noAgentLosesAPath;
    public static String ImpactText_1AgentLoses;
    public static String ImpactText_0AgentsLose;
    public static String ImpactText_path;
    public static String ImpactText_paths;
    public static String ImpactText_and0MoreFormatCsv;
    public static String ImpactText_01Was23;
    public static String OwnerOnlyFile_0OtherUsersMayRead;
    public static String SecretsFile_secretsFile0;
    public static String SecretsFile_0NoSuchFile;
    public static String SecretsFile_0CannotRead1;
    public static String SecretsFile_0MustBeAJSON;
    public static String SecretsFile_0AKeyIsNot;
    public static String SecretsFile_01MustBeA;
    public static String SecretsFile_01IsGivenTwice;
    public static String SecretsFile_0MustBeOneJSON;
    public static String SecretsFile_0IsNotValidJSON;
    public static String SecretsFile_line0Column1;
    public static String SimulationInputs_noSuchFile;
    public static String SimulationInputs_cannotRead0;
    public static String SimulationText_policy01;
    public static String SimulationText_scenario0;
    public static String SimulationText_agent012;
    public static String SimulationText_warning0;
    public static String SimulationText_location012;
    public static String SimulationText_ok0;
    public static String SimulationText_fAILED01;
    public static String FleetStatusOutput_group0Version1;
    public static String FleetStatusOutput_listSeparator;
    public static String FleetStatusOutput_none;
    public static String FleetStatusOutput_version0;
    public static String FleetStatusOutput_0Agents1;
    public static String FleetStatusOutput_versions0;
    public static String FleetStatusOutput_state0Count1;
    public static String FleetStatusOutput_states0;
    public static String FleetStatusOutput_0Count1;
    public static String FleetStatusOutput_agent0Version1States2;
    public static String FleetStatusOutput_0LastSeen1;
    public static String FleetStatusOutput_0Failed1;
    public static String FleetStatusOutput_0Error1;
    public static String FleetStatusOutput_0Rule1Reason2;
    public static String FleetStatusOutput_predicted01;
    public static String FleetStatusOutput_observed01;
    public static String FleetStatusOutput_0Because1;
    public static String Words_succeeded;
    public static String Words_partial;
    public static String Words_halted;
    public static String Words_cancelled;
    public static String Words_deployed;
    public static String Words_unchanged;
    public static String Words_secretsUpdated;
    public static String Words_rolledBack;
    public static String Words_conflict;
    public static String Words_failed;
    public static String Words_skipped;
    public static String Words_yes;
    public static String Words_no;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
