package org.agentproxy.scope.external.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.scope.external.ui.internal.messages"; //$NON-NLS-1$

    public static String ExternalAgentsPage_systemProxyCredentials;
    public static String ExternalAgentsPage_externalAgentsReachTheSmart;
    public static String ExternalAgentsPage_user;
    public static String ExternalAgentsPage_systemProxyUser;
    public static String ExternalAgentsPage_password;
    public static String ExternalAgentsPage_systemProxyPassword;
    public static String ExternalAgentsPage_serverUpdateProxy;
    public static String ExternalAgentsPage_theOfficeScanServerItselfUses;
    public static String ExternalAgentsPage_useThisProxy;
    public static String ExternalAgentsPage_useUpdateProxy;
    public static String ExternalAgentsPage_protocol;
    public static String ExternalAgentsPage_0UserIdNoPassword;
    public static String ExternalAgentsPage_protocol2;
    public static String ExternalAgentsPage_host;
    public static String ExternalAgentsPage_updateProxyHost;
    public static String ExternalAgentsPage_port;
    public static String ExternalAgentsPage_updateProxyPort;
    public static String ExternalAgentsPage_updateProxyUser;
    public static String ExternalAgentsPage_passwordHTTPOnly;
    public static String ExternalAgentsPage_updateProxyPassword;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
