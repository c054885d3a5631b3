package org.agentproxy.ui.internal;

import org.agentproxy.policy.store.PolicyWorkspace;
import org.agentproxy.policy.store.history.PolicyHistory;
import org.agentproxy.policy.store.secrets.SecretStore;
import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.ui.PolicyFileChooser;
import org.eclipse.core.runtime.ServiceCaller;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The studio bundle's activator: the active policy and the file chooser service. */
public final class StudioPlugin extends AbstractUIPlugin {

    public static final String ID = "org.agentproxy.ui"; //$NON-NLS-1$

    private static StudioPlugin instance;

    private final ActivePolicy activePolicy = new ActivePolicy(this::secretStore, this::history);
    /** The DS component with this bundle's service references; got on first use, released when the bundle stops. */
    private final ServiceCaller<StudioServices> services = new ServiceCaller<>(StudioPlugin.class,
            StudioServices.class);
    private PolicyHistory history;
    private PolicyWorkspace workspace;
    /** A plug-in bringing or taking a feature changes the policy's problems (its validation comes and goes). */
    private final Runnable featuresChanged = () -> {
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(activePolicy::revalidate);
        }
    };

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        // the services are got on first use (StudioServices): the secret store opens secure storage, not needed to
        // show the window
        FeatureRegistry.platform().addChangeListener(featuresChanged);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        FeatureRegistry.platform().removeChangeListener(featuresChanged);
        services.unget();
        super.stop(context);
    }

    public static StudioPlugin getDefault() {
        return instance;
    }

    public ActivePolicy activePolicy() {
        return activePolicy;
    }

    /** The highest-ranked file chooser, starting in the last folder of each kind of file and remembering it. */
    public PolicyFileChooser fileChooser() {
        return new RememberingFileChooser(() -> {
            return services().fileChooser();
        });
    }


    /** The studio's workspace, in the instance location ({@code -data}). */
    public synchronized PolicyWorkspace workspace() {
        if (workspace == null) {
            workspace = StudioWorkbenchAdvisor.workspaceOfInstanceLocation();
        }
        return workspace;
    }

    /** The highest-ranked secret store (the product's: Eclipse secure storage). */
    public SecretStore secretStore() {
        return services().secretStore();
    }

    private StudioServices services() {
        return services.current().orElseThrow(
                () -> new IllegalStateException("no StudioServices component (is org.apache.felix.scr running?)")); //$NON-NLS-1$
    }

    /** The history of the workspace's policies. */
    public synchronized PolicyHistory history() {
        if (history == null) {
            history = new PolicyHistory(workspace());
        }
        return history;
    }

    /** The product's version (not this bundle's, which moves with its API): the same as {@code agentproxy --version}. */
    public String version() {
        return org.agentproxy.policy.internal.product.ProductVersion.get();
    }
}
