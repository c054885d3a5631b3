package org.agentproxy.scope.privilege.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.scope.privilege.ui.internal.messages"; //$NON-NLS-1$

    public static String AgentTreeRow_usersMaySetAProxy;
    public static String AgentTreeRow_noUserProxy;
    public static String AgentTreeSection_agentTree;
    public static String AgentTreeSection_selectANodeThenLet;
    public static String AgentTreeSection_filterDomainsAndAgentsBy;
    public static String AgentTreeSection_filter;
    public static String AgentTreeSection_node;
    public static String AgentTreeSection_ownSetting;
    public static String AgentTreeSection_effective;
    public static String AgentTreeSection_inherit;
    public static String AgentTreeSection_grant;
    public static String AgentTreeSection_deny;
    public static String AgentTreeSection_setNode;
    public static String PrivilegePage_aProxyConfiguredByThe;
    public static String PrivilegePage_applyTheRootSetting;
    public static String PrivilegePage_atTheRoot;
    public static String PrivilegePage_applyMode;
    public static String AgentTreeRow_undecided;
    public static String AgentTreeSection_domainsAndAgents;
    public static String AgentTreeSection_filterTooltip;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
