package org.agentproxy.ui;

import org.agentproxy.policy.store.history.PolicyHistory;
import org.agentproxy.ui.internal.StudioPlugin;
import org.agentproxy.ui.internal.editor.SaveGuards;
import org.eclipse.swt.widgets.Shell;

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

    /**
     * Before an action that takes the policy as edited (e.g. deploying it): when a field of the policy editor shows
     * text the policy does not hold (refused on entry, e.g. letters in a port), asks "Discard my text" (the fields
     * show the policy's values again and the action goes on), "Go to the field" (the field gets the focus) or
     * Cancel. UI thread.
     *
     * @param verb the action, e.g. {@code deploy}
     * @return whether the action may go on: no field shows such text, or the user discarded it
     * @since 0.2.0
     */
    public static boolean confirmFieldsApplied(Shell shell, String verb) {
        return SaveGuards.confirmRefusedTexts(shell, verb);
    }
}
