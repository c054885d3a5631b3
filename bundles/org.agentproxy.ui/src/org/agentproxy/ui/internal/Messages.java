package org.agentproxy.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.ui.internal.messages"; //$NON-NLS-1$

    public static String PolicyStatusItem_and0MoreInPolicy;
    public static String PolicyStatusItem_noPolicyOpen;
    public static String StudioWindowAdvisor_agentProxyStudio;
    public static String StudioWorkbenchAdvisor_readingThePolicyToOpen;
    public static String ProblemCounts_valid;
    public static String ProblemCounts_errorsAndWarnings;
    public static String ProblemCounts_oneError;
    public static String ProblemCounts_errors;
    public static String ProblemCounts_oneWarning;
    public static String ProblemCounts_warnings;
    public static String PolicyStatusItem_status;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
