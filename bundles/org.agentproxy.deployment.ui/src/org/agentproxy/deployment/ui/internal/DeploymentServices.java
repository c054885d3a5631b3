package org.agentproxy.deployment.ui.internal;

import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.GroupAdministration;
import org.agentproxy.policy.store.secrets.SecretStore;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The services the deployment UI uses, as a Declarative Services component: dynamic, greedy references with the
 * lookup strategy, so a service is got when the UI first needs it (the deployment bundle is not activated at the
 * studio's start) and nothing starts a bundle or waits for a service — on the UI thread or any other.
 */
@Component(service = DeploymentServices.class, immediate = false, reference = {
        @Reference(name = DeploymentServices.DEPLOYMENT, service = DeploymentService.class,
                cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY),
        @Reference(name = DeploymentServices.GROUPS, service = GroupAdministration.class,
                cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY),
        @Reference(name = DeploymentServices.SECRETS, service = SecretStore.class,
                cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY) })
public final class DeploymentServices {

    static final String DEPLOYMENT = "deployment"; //$NON-NLS-1$
    static final String GROUPS = "groups"; //$NON-NLS-1$
    static final String SECRETS = "secretStore"; //$NON-NLS-1$

    private final ComponentContext context;

    @Activate
    public DeploymentServices(ComponentContext context) {
        this.context = context;
    }

    DeploymentService deployment() {
        return locate(DEPLOYMENT, DeploymentService.class);
    }

    GroupAdministration groups() {
        return locate(GROUPS, GroupAdministration.class);
    }

    SecretStore secretStore() {
        return locate(SECRETS, SecretStore.class);
    }

    private <T> T locate(String reference, Class<T> type) {
        T service = type.cast(context.locateService(reference));
        if (service == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " service (is org.apache.felix.scr running?)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return service;
    }
}
