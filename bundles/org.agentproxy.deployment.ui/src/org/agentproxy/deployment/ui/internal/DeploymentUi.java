package org.agentproxy.deployment.ui.internal;

import java.nio.file.Path;

import org.agentproxy.deployment.DeploymentJournal;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.GroupAdministration;
import org.agentproxy.deployment.RolloutOptions;
import org.agentproxy.deployment.ui.internal.servers.ServerRegistry;
import org.agentproxy.policy.store.secrets.SecretStore;
import org.eclipse.core.runtime.ServiceCaller;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/**
 * The deployment UI bundle's activator: the deployment service and the secret store (highest ranked), the
 * configured servers, the client journal and the deployments running now.
 */
public final class DeploymentUi extends AbstractUIPlugin {

    public static final String ID = "org.agentproxy.deployment.ui"; //$NON-NLS-1$
    /** System property: the client journal's directory (default: the CLI's, {@link DeploymentJournal#defaultDirectory()}). */
    public static final String JOURNAL_PROPERTY = "agentproxy.deployment.journal"; //$NON-NLS-1$

    private static DeploymentUi instance;

    /** The DS component with this bundle's service references; got on first use, released when the bundle stops. */
    private final ServiceCaller<DeploymentServices> services = new ServiceCaller<>(DeploymentUi.class,
            DeploymentServices.class);
    private final Activity activity = new Activity();
    private ServerRegistry servers;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        servers = new ServerRegistry(this::secretStore);
        servers.applyPins(); // the certificates the user trusted, for every HTTPS client of this studio
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        services.unget();
        super.stop(context);
    }

    public static DeploymentUi get() {
        return instance;
    }

    /** The deployment service (got when first asked for; never waits). */
    public DeploymentService deploymentService() {
        return services().deployment();
    }

    /** The agent groups of policy servers (create, delete, agent tokens). */
    public GroupAdministration groupAdministration() {
        return services().groups();
    }

    /** The highest-ranked secret store (the product's: Eclipse secure storage). */
    public SecretStore secretStore() {
        return services().secretStore();
    }

    private DeploymentServices services() {
        return services.current().orElseThrow(
                () -> new IllegalStateException("no DeploymentServices component (is org.apache.felix.scr running?)")); //$NON-NLS-1$
    }

    public ServerRegistry servers() {
        return servers;
    }

    public Activity activity() {
        return activity;
    }

    public DeploymentJournal journal() {
        String dir = System.getProperty(JOURNAL_PROPERTY);
        return new DeploymentJournal(dir != null && !dir.isBlank() ? Path.of(dir)
                : DeploymentJournal.defaultDirectory());
    }

    /** One canary, no failure tolerated, default retries, this client's journal. */
    public RolloutOptions options() {
        return RolloutOptions.DEFAULT.withJournal(journal());
    }
}
