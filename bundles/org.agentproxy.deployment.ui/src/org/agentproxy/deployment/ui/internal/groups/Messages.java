package org.agentproxy.deployment.ui.internal.groups;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.deployment.ui.internal.groups.messages"; //$NON-NLS-1$

    public static String AgentTokenDialog_agentToken;
    public static String AgentTokenDialog_0TheAgentsOfGroup;
    public static String AgentTokenDialog_copy;
    public static String AgentTokenDialog_copiedToTheClipboard;
    public static String AgentTokenDialog_close;
    public static String CreateGroupDialog_createAgentGroup;
    public static String CreateGroupDialog_createAnAgentGroup;
    public static String CreateGroupDialog_agentsOfOneGroupPoll;
    public static String CreateGroupDialog_server;
    public static String CreateGroupDialog_groupName;
    public static String CreateGroupDialog_eGHqOrBranch;
    public static String CreateGroupDialog_create;
    public static String CreateGroupDialog_groupName0IsNot;
    public static String GroupActions_addAPolicyServerFirst;
    public static String GroupActions_creatingGroup0On1;
    public static String GroupActions_group0WasCreatedOn;
    public static String GroupActions_issueAgentToken;
    public static String GroupActions_issueANewAgentToken;
    public static String GroupActions_issuingAnAgentTokenFor;
    public static String GroupActions_aNewAgentTokenWas;
    public static String GroupActions_deleteGroup0On1;
    public static String GroupActions_itHoldsNoPolicyYet;
    public static String GroupActions_itHoldsVersion0Its;
    public static String GroupActions_deleteAgentGroup;
    public static String GroupActions_delete;
    public static String GroupActions_cancel;
    public static String GroupActions_deletingGroup0;
    public static String GroupActions_theAdminTokenOf0;
    public static String GroupActions_noAdminTokenIsStored;
    public static String GroupActions_0SomeoneChangedTheGroup;
    public static String GroupHandlers_selectAnAgentGroupIn;
    public static String GroupHandlers_issueAgentToken;
    public static String GroupHandlers_deleteAgentGroup;
    public static String GroupNode_noPolicyYet;
    public static String GroupNode_version0;
    public static String PolicyServersView_createGroup;
    public static String PolicyServersView_issueAgentToken;
    public static String PolicyServersView_deleteGroup;
    public static String PolicyServersView_refresh;
    public static String PolicyServersView_serversAndTheirAdminTokens;
    public static String PolicyServersView_policyServers;
    public static String ServerGroups_readingTheGroups;
    public static String ServerGroups_readingTheGroupsOf0;
    public static String ServerGroups_noAgentGroupsYetCreate;
    public static String ServerGroups_failed0;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
