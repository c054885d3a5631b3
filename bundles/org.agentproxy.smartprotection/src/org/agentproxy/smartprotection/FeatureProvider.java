package org.agentproxy.smartprotection;

import java.util.List;

import org.agentproxy.policy.FeatureSettings;

/**
 * The programmatic alternative to the extension point: an OSGi service (for example a Declarative Services
 * component) whose features join {@link FeatureRegistry#platform()} while it is registered. Ids already
 * contributed through the extension point win; a repeated id is logged and skipped.
 *
 * @since 0.1.0
 */
public interface FeatureProvider {

    /**
     * The features this provider contributes. Their declared {@link SmartProtectionFeature#settings() settings} are
     * checked and edited like those of an extension (since 0.2.0).
     */
    List<SmartProtectionFeature> features();

    /** Extra validation of one of this provider's features; by default none. */
    default List<String> validate(String featureId, FeatureSettings settings) {
        return List.of();
    }
}
