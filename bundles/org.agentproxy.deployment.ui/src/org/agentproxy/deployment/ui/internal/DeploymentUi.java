package org.agentproxy.deployment.ui.internal;

import java.nio.file.Path;

import org.agentproxy.deployment.DeploymentJournal;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.GroupAdministration;
import org.agentproxy.deployment.RolloutOptions;
import org.agentproxy.deployment.ui.internal.servers.ServerRegistry;
import org.agentproxy.policy.store.secrets.SecretStore;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The deployment UI bundle's activator: the deployment service and the secret store (highest ranked), the
 * configured servers, the client journal and the deployments running now.
 */
public final class DeploymentUi extends AbstractUIPlugin {

    public static final String ID = "org.agentproxy.deployment.ui"; //$NON-NLS-1$
    /** System property: the client journal's directory (default: the CLI's, {@link DeploymentJournal#defaultDirectory()}). */
    public static final String JOURNAL_PROPERTY = "agentproxy.deployment.journal"; //$NON-NLS-1$

    private static DeploymentUi instance;

    private ServiceTracker<DeploymentService, DeploymentService> deployments;
    private ServiceTracker<SecretStore, SecretStore> secrets;
    private ServiceTracker<GroupAdministration, GroupAdministration> groups;
    private final Activity activity = new Activity();
    private ServerRegistry servers;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        deployments = new ServiceTracker<>(context, DeploymentService.class, null);
        deployments.open();
        secrets = new ServiceTracker<>(context, SecretStore.class, null);
        secrets.open();
        groups = new ServiceTracker<>(context, GroupAdministration.class, null);
        groups.open();
        servers = new ServerRegistry(this::secretStore);
        servers.applyPins(); // the certificates the user trusted, for every HTTPS client of this studio
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        deployments.close();
        secrets.close();
        groups.close();
        super.stop(context);
    }

    public static DeploymentUi get() {
        return instance;
    }

    /** The deployment service; starts its bundle on first use. */
    public DeploymentService deploymentService() {
        DeploymentService service = deployments.getService();
        if (service == null) {
            for (var bundle : getBundle().getBundleContext().getBundles()) {
                if ("org.agentproxy.deployment".equals(bundle.getSymbolicName())) { //$NON-NLS-1$
                    try {
                        bundle.start(org.osgi.framework.Bundle.START_ACTIVATION_POLICY);
                        service = deployments.waitForService(5_000);
                    } catch (Exception e) {
                        throw new IllegalStateException("the deployment service cannot start: " + e.getMessage(), e); //$NON-NLS-1$
                    }
                }
            }
        }
        if (service == null) {
            throw new IllegalStateException("no DeploymentService (is org.apache.felix.scr running?)"); //$NON-NLS-1$
        }
        return service;
    }

    /** The agent groups of policy servers (create, delete, agent tokens); starts the deployment bundle on first use. */
    public GroupAdministration groupAdministration() {
        GroupAdministration service = groups.getService();
        if (service == null) {
            deploymentService(); // starts the bundle that registers it
            try {
                service = groups.waitForService(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (service == null) {
            throw new IllegalStateException("no GroupAdministration service (is org.apache.felix.scr running?)"); //$NON-NLS-1$
        }
        return service;
    }

    /** The highest-ranked secret store (the product's: Eclipse secure storage). */
    public SecretStore secretStore() {
        SecretStore store = secrets.getService();
        if (store == null) {
            throw new IllegalStateException("no SecretStore service (is org.apache.felix.scr running?)"); //$NON-NLS-1$
        }
        return store;
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
