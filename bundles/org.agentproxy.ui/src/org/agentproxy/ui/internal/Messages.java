package org.agentproxy.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.ui.internal.messages"; //$NON-NLS-1$

    public static String PolicyStatusItem_and0MoreInPolicy;
    public static String PolicyStatusItem_noPolicyOpen;
    public static String StudioWindowAdvisor_agentProxyStudio;
    public static String StudioWorkbenchAdvisor_readingThePolicyToOpen;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
