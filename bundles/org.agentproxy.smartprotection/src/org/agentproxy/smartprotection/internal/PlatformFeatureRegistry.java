package org.agentproxy.smartprotection.internal;

import org.agentproxy.smartprotection.FeatureProvider;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/** The studio's registry: the platform's extension registry, plus every registered {@link FeatureProvider}. */
public final class PlatformFeatureRegistry {

    private static ExtensionFeatureRegistry instance;

    private PlatformFeatureRegistry() {
    }

    public static synchronized FeatureRegistry get() {
        if (instance == null) {
            IExtensionRegistry registry = RegistryFactory.getRegistry();
            if (registry == null) {
                throw new IllegalStateException("no extension registry (is org.eclipse.equinox.registry running?)");
            }
            instance = new ExtensionFeatureRegistry(registry);
            trackProviders(instance);
        }
        return instance;
    }

    private static void trackProviders(ExtensionFeatureRegistry registry) {
        BundleContext context = context();
        if (context == null) {
            return;
        }
        new ServiceTracker<FeatureProvider, FeatureProvider>(context, FeatureProvider.class, null) {
            @Override
            public FeatureProvider addingService(ServiceReference<FeatureProvider> reference) {
                FeatureProvider provider = super.addingService(reference);
                registry.addProvider(provider);
                return provider;
            }

            @Override
            public void removedService(ServiceReference<FeatureProvider> reference, FeatureProvider provider) {
                registry.removeProvider(provider);
                super.removedService(reference, provider);
            }
        }.open();
    }

    private static BundleContext context() {
        Bundle bundle = FrameworkUtil.getBundle(PlatformFeatureRegistry.class);
        if (bundle == null) {
            return null;
        }
        if (bundle.getBundleContext() == null) {
            try {
                bundle.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                return null;
            }
        }
        return bundle.getBundleContext();
    }
}
