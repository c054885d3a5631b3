package org.agentproxy.smartprotection.internal;

import org.agentproxy.smartprotection.FeatureRegistry;
import org.eclipse.core.runtime.ServiceCaller;

/**
 * {@link FeatureRegistry#platform()}: the {@code FeatureRegistry} OSGi service (the DS component
 * {@link ExtensionFeatureRegistry}), for code that the framework creates and that cannot have it injected (views,
 * handlers, applications). Equinox's {@link ServiceCaller} follows the service and releases it when this bundle
 * stops; nothing here starts a bundle or waits.
 */
public final class PlatformFeatureRegistry {

    private static final ServiceCaller<FeatureRegistry> SERVICE = new ServiceCaller<>(PlatformFeatureRegistry.class,
            FeatureRegistry.class);

    private PlatformFeatureRegistry() {
    }

    public static FeatureRegistry get() {
        return SERVICE.current().orElseThrow(() -> new IllegalStateException(
                "no FeatureRegistry service (is org.apache.felix.scr running, and org.eclipse.equinox.registry?)")); //$NON-NLS-1$
    }
}
