package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.cli.messages"; //$NON-NLS-1$

    public static String AgentsCommand_agentproxyAgents0;
    public static String AgentsCommand_agentsAll0AgentsPolled;
    public static String AgentsCommand_0PollsSoFar1;
    public static String AgentsCommand_deferredByTheSimulatorS;
    public static String AgentsCommand_lastFailure0;
    public static String AgentsCommand_agentsNoNewVersionWithin;
    public static String AgentsCommand_agentsVersion0Deployed1;
    public static String AgentsCommand_0FirstAgentAfter1;
    public static String AgentsCommand_0Only1Of2;
    public static String AgentsCommand_anAgentTokenIsNeeded;
    public static String AgentsCommand_0MustBeANumber;
    public static String Cli_agentproxyNoCommandGiven;
    public static String Cli_agentproxyAgentProxyStudio0;
    public static String ConnectionReport_section0Proxy1Target;
    public static String ConnectionReport_noteThisProxyIsDisabled;
    public static String ConnectionReport_credentialsNone;
    public static String ConnectionReport_credentialsNoneSentUser0;
    public static String ConnectionReport_credentialsUser0PasswordFrom;
    public static String ConnectionReport_result0In1Ms;
    public static String DeployCommand_agentproxyDeploy;
    public static String DeployCommand_agentproxyDeploy0;
    public static String DeployCommand_0NoSuchFile;
    public static String DeployCommand_0CannotRead1;
    public static String DeployCommand_agentproxyDeployNotDeployed0;
    public static String DeployCommand_error;
    public static String DeployCommand_errors;
    public static String FeaturesCommand_agentproxyFeaturesCannotWriteThe;
    public static String FeaturesCommand_setting012;
    public static String FeaturesCommand_noDefault;
    public static String FeaturesCommand_default0;
    public static String FeaturesCommand_leftOutDeclaredButInvalid;
    public static String FeaturesCommand_setting0OfFeature1;
    public static String FeaturesCommand_feature0;
    public static String FeaturesCommand_noId;
    public static String GroupsCommand_giveOneOf0;
    public static String GroupsCommand_agentproxyGroups;
    public static String GroupsCommand_0Version1;
    public static String GroupsCommand_deletedGroup0AtVersion;
    public static String GroupsCommand_agentTokenFile0Exists;
    public static String GroupsCommand_createdGroup0;
    public static String GroupsCommand_issuedANewAgentToken;
    public static String GroupsCommand_0ItsAgentTokenIs;
    public static String GroupsCommand_agentproxyGroups0;
    public static String HistoryCommand_giveServerGroupAndToken;
    public static String HistoryCommand_agentproxyHistory;
    public static String HistoryCommand_restores0;
    public static String HistoryCommand_agentproxyHistory0;
    public static String HistoryCommand_of0;
    public static String ImpactCommand_agentproxyImpactCannotWriteThe;
    public static String PasswordSource_passwordFile0NoSuch;
    public static String PasswordSource_passwordFile0CannotRead;
    public static String PasswordSource_passwordFile0;
    public static String PasswordSource_passwordFile0IsNot;
    public static String PasswordSource_passwordEnv0TheEnvironment;
    public static String PasswordSource_passwordEnv0;
    public static String PasswordSource_0ThePasswordIsEmpty;
    public static String PluginsCommand_noPlugInsInstalledFrom;
    public static String PluginsCommand_plugInsInstalledFrom0;
    public static String PluginsCommand_notInstalledABundleOr;
    public static String PluginsCommand_notResolvedABundleOr;
    public static String PluginsCommand_smartProtectionFeature0;
    public static String RollbackCommand_agentproxyRollback;
    public static String RollbackCommand_deploymentCannotBeCombinedWith;
    public static String RollbackCommand_giveServerAndGroupOr;
    public static String RollbackCommand_agentproxyRollback0;
    public static String RollbackCommand_deployment0NoSuchDeployment;
    public static String RollbackCommand_deployment01;
    public static String Targets_target0ExpectedHOSTPORT;
    public static String TestConnectionCommand_section0UnknownOneOf;
    public static String TestConnectionCommand_agentproxyTestConnection0;
    public static String TestConnectionCommand_passwordFileAndPasswordEnv;
    public static String TestConnectionCommand_0NoSuchFile;
    public static String TestConnectionCommand_0CannotRead1;
    public static String TestConnectionCommand_aPasswordIsGivenBut;
    public static String TestConnectionCommand_aPasswordIsGivenBut2;
    public static String TestConnectionCommand_timeout0ExpectedWholeSeconds;
    public static String ValidateCommand_all0FilesAreValid;
    public static String ValidateCommand_0Of1FilesAre;
    public static String ValidateCommand_0IsADirectoryNot;
    public static String ValidateCommand_0NoSuchFile;
    public static String ValidateCommand_0CannotRead1;
    public static String ValidateCommand_0Valid;
    public static String AgentsCommand_agentsAll0AgentsPolledHold;
    public static String AgentsCommand_0Of1StatusReportsStored;
    public static String AgentsCommand_versions0WaitsForReports;
    public static String AgentsCommand_0MustBePurposeFraction;
    public static String Cli_agentproxy0;
    public static String Cli_usageError;
    public static String Cli_didYouMean0;
    public static String Cli_or;
    public static String Cli_runAgentproxyHelp;
    public static String Cli_unknownCommand0;
    public static String Cli_unknownOption0;
    public static String Cli_unexpectedArgument0;
    public static String Cli_0IsGivenTwice;
    public static String Cli_0NeedsAValue;
    public static String Cli_missing0;
    public static String Cli_no0Given;
    public static String Cli_aWholeNumber;
    public static String Cli_aNumber;
    public static String Cli_0MustBe1Not2;
    public static String Cli_giveOneOf0;
    public static String Cli_0MustBeOneOf;
    public static String CompletionCommand_zshPrologue;
    public static String Choices_aWholeNumberBetween0And1;
    public static String ServerCommand_dataIsRequired;
    public static String ServerCommand_refusingPlainHttpOn0;
    public static String ServerCommand_insecureHttpContradicts;
    public static String ServerCommand_dbUserBelongsToStore;
    public static String ServerCommand_tlsHostnameBelongsToSelfSigned;
    public static String ServerCommand_giveOneTlsSource;
    public static String ServerCommand_tlsPasswordFileNeedsKeystore;
    public static String ServerCommand_tlsClientCaNeedsTls;
    public static String ServerCommand_0APasswordIsNeverTaken;
    public static String ServerCommand_giveTheFolder;
    public static String ServerCommand_giveFromAndTo;
    public static String StatusCommand_agentproxyStatus;
    public static String StatusCommand_agentproxyStatus0;
    public static String StatusCommand_agents0;
    public static String StatusCommand_agentsNotCurrent;
    public static String HistoryCommand_columnVersion;
    public static String HistoryCommand_columnTime;
    public static String HistoryCommand_columnWho;
    public static String HistoryCommand_columnAction;
    public static String HistoryCommand_columnFrom;
    public static String HistoryCommand_columnPolicyNote;
    public static String FeaturesCommand_columnId;
    public static String FeaturesCommand_columnName;
    public static String FeaturesCommand_columnPurpose;
    public static String FeaturesCommand_columnRouting;
    public static String FeaturesCommand_columnHttps;
    public static String FeaturesCommand_columnBundle;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
