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

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
