package org.agentproxy.scope.internal.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.scope.internal.ui.internal.messages"; //$NON-NLS-1$

    public static String InternalAgentsPage_proxyToTheOfficeScanServer;
    public static String InternalAgentsPage_internalAgentsUseItFor;
    public static String InternalAgentsPage_proxyToSmartProtectionServers;
    public static String InternalAgentsPage_internalAgentsUseItFor2;
    public static String InternalAgentsPage_webReputation;
    public static String InternalAgentsPage_whereInternalAgentsSendWeb;
    public static String InternalAgentsPage_sendQueriesToTheSmart;
    public static String InternalAgentsPage_webReputationToSPS;
    public static String SourceListsSection_smartProtectionSourceLists;
    public static String SourceListsSection_anInternalAgentUsesThe;
    public static String SourceListsSection_standardList;
    public static String SourceListsSection_standardList2;
    public static String SourceListsSection_host;
    public static String SourceListsSection_port;
    public static String SourceListsSection_protocol;
    public static String SourceListsSection_integrated;
    public static String SourceListsSection_customLists;
    public static String SourceListsSection_customLists2;
    public static String SourceListsSection_name;
    public static String SourceListsSection_from;
    public static String SourceListsSection_to;
    public static String SourceListsSection_serversInOrder;
    public static String SourceListsSection_newList;
    public static String SpsText_yes;
    public static String SpsText_0Integrated;
    public static String SpsText_no;
    public static String SpsText_integratedMustBeYesOrNo;
    public static String SourceListsSection_portMustBeAWholeNumber;
    public static String SourceListsSection_protocolMustBeHTTPOrHTTPS;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
