package org.agentproxy.ui.internal.history;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.ui.internal.history.messages"; //$NON-NLS-1$

    public static String PolicyHistoryView_version;
    public static String PolicyHistoryView_saved;
    public static String PolicyHistoryView_changed;
    public static String PolicyHistoryView_field;
    public static String PolicyHistoryView_before;
    public static String PolicyHistoryView_after;
    public static String PolicyHistoryView_restore;
    public static String PolicyHistoryView_0SavedVersionsOf1;
    public static String PolicyHistoryView_theHistoryCannotBeRead;
    public static String PolicyHistoryView_theVersionsCannotBeCompared;
    public static String PolicyHistoryView_restoreVersion;
    public static String PolicyHistoryView_theOpenPolicyHasUnsaved;
    public static String PolicyHistoryView_version0CannotBeRestored;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
