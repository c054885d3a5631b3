package org.agentproxy.ui.internal;

import org.agentproxy.policy.store.secrets.SecretStore;
import org.agentproxy.ui.PolicyFileChooser;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The services the studio bundle uses, as a Declarative Services component. The references use the lookup
 * strategy: SCR binds the highest-ranked service (dynamic and greedy: a higher-ranked one registered later, such as
 * the UI tests' scripted file chooser, replaces it) and gets it only when {@link #secretStore()} or
 * {@link #fileChooser()} is first called — the secret store opens Eclipse secure storage, which the window does
 * not need.
 */
@Component(service = StudioServices.class, immediate = false, reference = {
        @Reference(name = StudioServices.SECRETS, service = SecretStore.class,
                cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY),
        @Reference(name = StudioServices.CHOOSERS, service = PolicyFileChooser.class,
                cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY) })
public final class StudioServices {

    static final String SECRETS = "secretStore"; //$NON-NLS-1$
    static final String CHOOSERS = "fileChooser"; //$NON-NLS-1$

    private final ComponentContext context;

    @Activate
    public StudioServices(ComponentContext context) {
        this.context = context;
    }

    /** The highest-ranked secret store (the product's: Eclipse secure storage). */
    public SecretStore secretStore() {
        return locate(SECRETS, SecretStore.class);
    }

    /** The highest-ranked file chooser (the product's: the native file dialog). */
    public PolicyFileChooser fileChooser() {
        return locate(CHOOSERS, PolicyFileChooser.class);
    }

    private <T> T locate(String reference, Class<T> type) {
        T service = type.cast(context.locateService(reference));
        if (service == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " service (is org.apache.felix.scr running?)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return service;
    }
}
