package org.agentproxy.ui.internal.pages;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.ui.internal.pages.messages"; //$NON-NLS-1$

    public static String ConnectivityPage_policyAndOfficeScanServer;
    public static String ConnectivityPage_theServerTheAgentsReport;
    public static String ConnectivityPage_policyName;
    public static String ConnectivityPage_policyName2;
    public static String ConnectivityPage_description;
    public static String ConnectivityPage_description2;
    public static String ConnectivityPage_serverHost;
    public static String ConnectivityPage_serverHost2;
    public static String ConnectivityPage_serverPort;
    public static String ConnectivityPage_serverPort2;
    public static String ConnectivityPage_automaticProxy;
    public static String ConnectivityPage_agentsTryTheseFirstWhere;
    public static String ConnectivityPage_detectSettingsAutomaticallyWPAD;
    public static String ConnectivityPage_detectAutomatically;
    public static String ConnectivityPage_pACScriptURL;
    public static String ConnectivityPage_pACScriptURL2;
    public static String ConnectivityPage_bypassListAndFallback;
    public static String ConnectivityPage_hostsDomainsAddressesCIDRRanges;
    public static String ConnectivityPage_bypassList;
    public static String ConnectivityPage_entry;
    public static String ConnectivityPage_retryDirectlyWhenAProxy;
    public static String ConnectivityPage_directFallback;
    public static String ConnectivityPage_locationAwareness;
    public static String ConnectivityPage_howAnAgentTellsInternal;
    public static String ConnectivityPage_decideBy;
    public static String ConnectivityPage_locationMode;
    public static String ConnectivityPage_gateways;
    public static String ConnectivityPage_gateways2;
    public static String ConnectivityPage_gatewayIP;
    public static String ConnectivityPage_mACOptional;
    public static String ConnectivityPage_referenceServers;
    public static String ConnectivityPage_referenceServers2;
    public static String ConnectivityPage_host;
    public static String ConnectivityPage_port;
    public static String ConnectivityPage_updateSources;
    public static String ConnectivityPage_agentsTryTheseInOrder;
    public static String ConnectivityPage_name;
    public static String ConnectivityPage_updateAgent;
    public static String ConnectivityPage_allowActiveUpdateAsTheLast;
    public static String ConnectivityPage_allowActiveUpdate;
    public static String ConnectivityPage_url;
    public static String ConnectivityPage_bypassListLabel;
    public static String ConnectivityPage_sourcesLabel;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
