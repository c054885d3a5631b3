package org.agentproxy.ui;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.ui.messages"; //$NON-NLS-1$

    public static String ActivePolicy_policy;
    public static String ActivePolicy_password;
    public static String ActivePolicy_thePasswordsCouldNotBe;
    public static String PolicyErrors_error;
    public static String PolicyErrors_errors;
    public static String PolicyErrors_and;
    public static String PolicyErrors_morePolicyProblemsListsThem;

    public static String Labels_proxyProtocolHttp;
    public static String Labels_proxyProtocolSocks4;
    public static String Labels_spsProtocolHttp;
    public static String Labels_spsProtocolHttps;
    public static String Labels_grantInherit;
    public static String Labels_grantGranted;
    public static String Labels_grantDenied;
    public static String Labels_applyModeAllAgents;
    public static String Labels_applyModeFutureDomainsOnly;
    public static String Labels_locationModeGateway;
    public static String Labels_locationModeReachability;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
