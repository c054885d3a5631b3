package org.agentproxy.cli.internal;

import java.util.function.Function;

import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.GroupAdministration;
import org.eclipse.core.runtime.ServiceCaller;

/**
 * The services of the {@link CliServices} component for the commands' no-argument constructors (the application
 * passes the component's methods instead): one call through Equinox's {@link ServiceCaller}, which neither starts
 * a bundle nor waits.
 */
public final class Services {

    private Services() {
    }

    /**
     * The deployment service.
     *
     * @throws IllegalStateException when it is not there (not in an OSGi runtime, or SCR not running)
     */
    public static DeploymentService deployment() {
        return get(CliServices::deployment);
    }

    /** The agent groups of policy servers ({@code org.agentproxy.deployment}'s {@link GroupAdministration}). */
    public static GroupAdministration groups() {
        return get(CliServices::groups);
    }

    private static <T> T get(Function<CliServices, T> service) {
        Object[] result = new Object[1];
        if (!ServiceCaller.callOnce(Services.class, CliServices.class, s -> result[0] = service.apply(s))) {
            throw new IllegalStateException("the command line's services need the OSGi runtime of the product" //$NON-NLS-1$
                    + " with org.apache.felix.scr running"); //$NON-NLS-1$
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }
}
