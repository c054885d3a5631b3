package org.agentproxy.ui.internal.problems;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of this package, from {@code messages.properties} beside this class. */
final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.agentproxy.ui.internal.problems.messages"; //$NON-NLS-1$

    public static String PolicyProblemsView_where;
    public static String PolicyProblemsView_problem;
    public static String PolicyProblemsView_fieldPath;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
