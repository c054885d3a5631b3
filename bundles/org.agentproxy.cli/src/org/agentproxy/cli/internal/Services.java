package org.agentproxy.cli.internal;

import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.GroupAdministration;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** OSGi services the commands use, looked up when a command first needs them. */
public final class Services {

    private static final String DEPLOYMENT_BUNDLE = "org.agentproxy.deployment"; //$NON-NLS-1$
    private static final long WAIT_MILLIS = 10_000;

    private Services() {
    }

    /**
     * The deployment service (Felix SCR registers it once its lazy bundle is started).
     *
     * @throws IllegalStateException when it does not appear (not in an OSGi runtime, or SCR not running)
     */
    public static DeploymentService deployment() {
        return service(DeploymentService.class, Messages.Services_deploymentService);
    }

    /** The agent groups of policy servers ({@code org.agentproxy.deployment}'s {@link GroupAdministration}). */
    public static GroupAdministration groups() {
        return service(GroupAdministration.class, Messages.Services_groupAdministrationService);
    }

    private static <T> T service(Class<T> type, String what) {
        Bundle self = FrameworkUtil.getBundle(Services.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            throw new IllegalStateException("the " + what + " needs the OSGi runtime of the product"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Bundle bundle : context.getBundles()) {
            if (DEPLOYMENT_BUNDLE.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
                try {
                    bundle.start(Bundle.START_ACTIVATION_POLICY | Bundle.START_TRANSIENT);
                } catch (BundleException e) {
                    throw new IllegalStateException("cannot start " + DEPLOYMENT_BUNDLE + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(WAIT_MILLIS);
            if (service == null) {
                throw new IllegalStateException("no " + what + ": is org.apache.felix.scr installed and started?"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the " + what, e); //$NON-NLS-1$
        }
    }
}
