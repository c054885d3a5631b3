package org.agentproxy.smartprotection;

import java.util.List;
import java.util.Optional;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.internal.PlatformFeatureRegistry;

/**
 * Every installed Smart Protection feature: the contributions to {@code org.agentproxy.smartprotection.features}
 * (read when first needed, re-read when bundles come and go), then the features of registered
 * {@link FeatureProvider} services. Invalid contributions and repeated ids are logged and skipped.
 */
public interface FeatureRegistry {

    /** The features, in the order of their contributing bundles' names, then of declaration. */
    List<SmartProtectionFeature> features();

    /** The feature with this id, if its plug-in is installed. */
    Optional<SmartProtectionFeature> feature(String id);

    /**
     * The problems the feature's own validation (the contribution's {@code class}, or its provider) finds in a
     * policy's settings of it; empty when it has none, or when the feature is not installed.
     */
    List<String> validate(String featureId, FeatureSettings settings);

    /** Calls {@code listener} after the features changed (a bundle came or went); on any thread. */
    void addChangeListener(Runnable listener);

    void removeChangeListener(Runnable listener);

    /** The studio's registry, over the platform's extension registry and the OSGi service registry. */
    static FeatureRegistry platform() {
        return PlatformFeatureRegistry.get();
    }
}
