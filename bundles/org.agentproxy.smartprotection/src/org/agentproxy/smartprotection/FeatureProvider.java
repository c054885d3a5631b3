package org.agentproxy.smartprotection;

import java.util.List;

import org.agentproxy.policy.FeatureSettings;

/**
 * The programmatic alternative to the extension point: an OSGi service (for example a Declarative Services
 * component) whose features join {@link FeatureRegistry#platform()} while it is registered. Ids already
 * contributed through the extension point win; a repeated id is logged and skipped.
 */
public interface FeatureProvider {

    /** The features this provider contributes. */
    List<SmartProtectionFeature> features();

    /** Extra validation of one of this provider's features; by default none. */
    default List<String> validate(String featureId, FeatureSettings settings) {
        return List.of();
    }
}
