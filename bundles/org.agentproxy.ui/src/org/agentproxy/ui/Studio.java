package org.agentproxy.ui;

import org.agentproxy.policy.store.history.PolicyHistory;
import org.agentproxy.ui.internal.StudioPlugin;

/** The studio's shared state for views and wizards contributed by other bundles. */
public final class Studio {

    private Studio() {
    }

    /**
     * The policy open in the studio (edited in the policy editor; UI thread only; listen to it for changes), or
     * {@code null} when the studio bundle is not started.
     */
    public static ActivePolicy activePolicy() {
        StudioPlugin plugin = StudioPlugin.getDefault();
        return plugin == null ? null : plugin.activePolicy();
    }

    /** Every saved version of the workspace's policies (what the History view lists). */
    public static PolicyHistory history() {
        return StudioPlugin.getDefault().history();
    }

    /** Asks the user for a file (the native dialog, or the highest-ranked service, e.g. in tests). */
    public static PolicyFileChooser fileChooser() {
        return StudioPlugin.getDefault().fileChooser();
    }
}
