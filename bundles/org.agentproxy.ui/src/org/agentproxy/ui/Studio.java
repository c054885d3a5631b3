package org.agentproxy.ui;

import org.agentproxy.ui.internal.StudioPlugin;

/** Access to the studio's state for other bundles (views and wizards contributed to the studio). */
public final class Studio {

    private Studio() {
    }

    /** The policy open in the studio (UI thread only), or {@code null} when the studio bundle is not started. */
    public static ActivePolicy activePolicy() {
        StudioPlugin plugin = StudioPlugin.getDefault();
        return plugin == null ? null : plugin.activePolicy();
    }
}
