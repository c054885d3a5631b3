package org.agentproxy.deployment.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.deployment.ui.internal.messages"; //$NON-NLS-1$

    public static String Activity_starting;
    public static String Activity_done;
    public static String Activity_percent;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
