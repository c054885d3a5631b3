package org.agentproxy.ui.internal.explorer;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.ui.internal.explorer.messages"; //$NON-NLS-1$

    public static String Describe_disabledDirect;
    public static String Describe_disabledDirect0Kept;
    public static String Describe_user01;
    public static String Describe_passwordStored;
    public static String Describe_noPassword;
    public static String Describe_0PlugInNotInstalled;
    public static String Describe_user012;
    public static String Describe_passwordStored2;
    public static String FieldRows_notSet;
    public static String FieldRows_useThisProxy;
    public static String FieldRows_host;
    public static String FieldRows_port;
    public static String FieldRows_user;
    public static String FieldRows_password;
    public static String FieldRows_protocol;
    public static String PolicyExplorerView_findASetting;
    public static String PolicyExplorerView_findASettingByIts;
    public static String PolicyExplorerView_noPolicyOpen;
    public static String PolicyOutline_internalAgents;
    public static String PolicyOutline_externalAgents;
    public static String PolicyOutline_globalSmartProtectionServiceProxy;
    public static String PolicyOutline_agentUserProxyPrivilege;
    public static String PolicyOutline_relatedSettings;
    public static String PolicyOutline_problems;
    public static String PolicyOutline_proxyToTheOfficeScanServer;
    public static String PolicyOutline_proxyToSmartProtectionServers;
    public static String PolicyOutline_systemProxyToTheSmart;
    public static String PolicyOutline_systemProxyCredentials;
    public static String PolicyOutline_serverUpdateProxyToActiveUpdate;
    public static String PolicyOutline_throughTheGlobalProxy;
    public static String PolicyOutline_proxy;
    public static String PolicyOutline_features;
    public static String PolicyOutline_0ThroughTheProxy1;
    public static String PolicyOutline_0ByDefault;
    public static String PrivilegeOutline_applyTheRootSetting;
    public static String PrivilegeOutline_ownThenEffective;
    public static String PolicyOutline_direct;
    public static String PrivilegeOutline_usersMaySetAProxy;
    public static String PrivilegeOutline_noUserProxy;
    public static String RelatedOutline_noPACScript;
    public static String RelatedOutline_pAC0;
    public static String RelatedOutline_policyName;
    public static String RelatedOutline_description;
    public static String RelatedOutline_officeScanServer;
    public static String RelatedOutline_notSet;
    public static String RelatedOutline_serverHost;
    public static String RelatedOutline_serverPort;
    public static String RelatedOutline_automaticProxy;
    public static String RelatedOutline_wPAD01;
    public static String RelatedOutline_detectSettingsAutomaticallyWPAD;
    public static String RelatedOutline_pACScriptURL;
    public static String RelatedOutline_webReputation;
    public static String RelatedOutline_internalAgentsQueryTheSPS;
    public static String RelatedOutline_internalAgentsQueryTheSmart;
    public static String RelatedOutline_bypassList;
    public static String RelatedOutline_reachedWithoutAProxy;
    public static String RelatedOutline_directFallback;
    public static String RelatedOutline_retryDirectlyWhenAProxy;
    public static String RelatedOutline_mode;
    public static String RelatedOutline_gateway0;
    public static String RelatedOutline_anyMAC;
    public static String RelatedOutline_mAC0;
    public static String RelatedOutline_referenceServer01;
    public static String RelatedOutline_internalWhenTheGatewayIs;
    public static String RelatedOutline_internalWhenTheServerIs;
    public static String RelatedOutline_locationAwareness;
    public static String RelatedOutline_updateSources;
    public static String RelatedOutline_thenTheOfficeScanServer0;
    public static String RelatedOutline_thenActiveUpdate;
    public static String RelatedOutline_allowActiveUpdateAsTheLast;
    public static String RelatedOutline_standardList;
    public static String RelatedOutline_customList0;
    public static String RelatedOutline_agentsIn0;
    public static String RelatedOutline_smartProtectionSources;
    public static String RelatedOutline_customList;
    public static String RelatedOutline_customLists;
    public static String RelatedOutline_integrated;
    public static String RelatedOutline_0ServersInOrder;
    public static String Describe_yes;
    public static String Describe_no;
    public static String Describe_on;
    public static String Describe_off;
    public static String Describe_none;
    public static String FieldRows_stored;
    public static String PrivilegeOutline_undecided;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
