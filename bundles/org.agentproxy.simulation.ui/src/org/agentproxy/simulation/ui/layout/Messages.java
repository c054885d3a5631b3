package org.agentproxy.simulation.ui.layout;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.simulation.ui.layout.messages"; //$NON-NLS-1$

    public static String PathLayout_direct;
    public static String PathLayout_0Ok1;
    public static String PathLayout_0Failed1;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
