package org.agentproxy.deployment.ui.internal.servers;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.deployment.ui.internal.servers.messages"; //$NON-NLS-1$

    public static String ServerFields_name;
    public static String ServerFields_adminToken;
    public static String ServerProbe_noAdminTokenIsStored;
    public static String ServerProbe_0RefusedTheAdminToken;
    public static String ServerProbe_connectedTheServerHasNo;
    public static String ServerProbe_connected01;
    public static String ServerProbe_group;
    public static String ServerProbe_groups;
    public static String ServerProbe_version;
    public static String ServersPreferencePage_thePolicyServersPoliciesAre;
    public static String ServersPreferencePage_name;
    public static String ServersPreferencePage_adminToken;
    public static String ServersPreferencePage_certificate;
    public static String ServersPreferencePage_add;
    public static String ServersPreferencePage_remove;
    public static String ServersPreferencePage_test;
    public static String ServersPreferencePage_trusted0;
    public static String ServersPreferencePage_systemTrust;
    public static String ServersPreferencePage_nonePlainHTTP;
    public static String ServersPreferencePage_newServer;
    public static String ServersPreferencePage_selectAServerToTest;
    public static String ServersPreferencePage_theAdminTokenCannotBe;
    public static String ServersPreferencePage_testing0;
    public static String ServersPreferencePage_testingPolicyServer0;
    public static String ServersPreferencePage_failed0;
    public static String ServersPreferencePage_theServerSCertificateIs;
    public static String ServersPreferencePage_failedTheCertificateOf0;
    public static String ServersPreferencePage_theServersCannotBeSaved;
    public static String TrustCertificateDialog_trustServerCertificate;
    public static String TrustCertificateDialog_0PresentedATLSCertificate;
    public static String TrustCertificateDialog_trust;
    public static String TrustCertificateDialog_cancel;
    public static String ServerFields_url;
    public static String ServerFields_tokenUnchanged;
    public static String ServersPreferencePage_tokenStored;
    public static String ServersPreferencePage_tokenNone;
    public static String ServersPreferencePage_url;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
