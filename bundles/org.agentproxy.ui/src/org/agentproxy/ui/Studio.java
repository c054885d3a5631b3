package org.agentproxy.ui;

import org.agentproxy.ui.internal.StudioPlugin;

/** The studio's shared state for views contributed by other bundles. */
public final class Studio {

    private Studio() {
    }

    /** The policy open in the studio (edited in the policy editor); listen to it for changes. */
    public static ActivePolicy activePolicy() {
        return StudioPlugin.getDefault().activePolicy();
    }

    /** Asks the user for a file (the native dialog, or the highest-ranked service, e.g. in tests). */
    public static PolicyFileChooser fileChooser() {
        return StudioPlugin.getDefault().fileChooser();
    }
}
