package org.agentproxy.cli.internal;

import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.GroupAdministration;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The OSGi services the commands use, as a Declarative Services component. Its references use the lookup strategy:
 * SCR binds them (dynamic, greedy: a higher-ranked service replaces a lower one) but gets a service only when a
 * command asks for it, so {@code agentproxy validate} never activates the deployment bundle and
 * {@code agentproxy --version} not even the feature registry. Nothing starts a bundle or waits: the providers' lazy
 * bundles are registered by SCR at the framework's start.
 */
@Component(service = CliServices.class, immediate = false, reference = {
        @Reference(name = CliServices.FEATURES, service = FeatureRegistry.class,
                cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY),
        @Reference(name = CliServices.DEPLOYMENT, service = DeploymentService.class,
                cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY),
        @Reference(name = CliServices.GROUPS, service = GroupAdministration.class,
                cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY) })
public final class CliServices {

    static final String FEATURES = "features"; //$NON-NLS-1$
    static final String DEPLOYMENT = "deployment"; //$NON-NLS-1$
    static final String GROUPS = "groups"; //$NON-NLS-1$

    private final ComponentContext context;

    @Activate
    public CliServices(ComponentContext context) {
        this.context = context;
    }

    /** The installed Smart Protection features. */
    public FeatureRegistry features() {
        return locate(FEATURES, FeatureRegistry.class, "feature registry"); //$NON-NLS-1$
    }

    /** The deployment service ({@code org.agentproxy.deployment}). */
    public DeploymentService deployment() {
        return locate(DEPLOYMENT, DeploymentService.class, "deployment service"); //$NON-NLS-1$
    }

    /** The agent groups of policy servers ({@code org.agentproxy.deployment}'s {@link GroupAdministration}). */
    public GroupAdministration groups() {
        return locate(GROUPS, GroupAdministration.class, "group administration service"); //$NON-NLS-1$
    }

    private <T> T locate(String reference, Class<T> type, String what) {
        T service = type.cast(context.locateService(reference));
        if (service == null) {
            throw new IllegalStateException("no " + what + ": is its bundle installed and resolved?"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return service;
    }
}
