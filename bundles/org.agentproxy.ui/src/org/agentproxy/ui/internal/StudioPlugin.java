package org.agentproxy.ui.internal;

import org.agentproxy.policy.store.PolicyWorkspace;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.PolicyFileChooser;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/** The studio bundle's activator: the active policy and the file chooser service. */
public final class StudioPlugin extends AbstractUIPlugin {

    public static final String ID = "org.agentproxy.ui";

    private static StudioPlugin instance;

    private final ActivePolicy activePolicy = new ActivePolicy();
    private ServiceTracker<PolicyFileChooser, PolicyFileChooser> choosers;
    private PolicyWorkspace workspace;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        choosers = new ServiceTracker<>(context, PolicyFileChooser.class, null);
        choosers.open();
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        choosers.close();
        super.stop(context);
    }

    public static StudioPlugin getDefault() {
        return instance;
    }

    public ActivePolicy activePolicy() {
        return activePolicy;
    }

    /** The highest-ranked file chooser. */
    public PolicyFileChooser fileChooser() {
        PolicyFileChooser chooser = choosers.getService();
        if (chooser == null) {
            throw new IllegalStateException("no PolicyFileChooser service (is org.apache.felix.scr running?)");
        }
        return chooser;
    }

    /** The studio's workspace, in the instance location ({@code -data}). */
    public synchronized PolicyWorkspace workspace() {
        if (workspace == null) {
            workspace = StudioWorkbenchAdvisor.workspaceOfInstanceLocation();
        }
        return workspace;
    }

    public String version() {
        return getBundle().getVersion().toString();
    }
}
