package org.agentproxy.policy;

import java.util.Map;

/**
 * Per-feature routing of a Smart Protection feature (Predictive Machine Learning, Behavior Monitoring, or one
 * contributed by a plug-in). Kept under the feature's id, also when the feature's plug-in is not installed.
 *
 * @param useGlobalProxy whether the feature's queries go through the Global Smart Protection Service proxy
 * @param properties     extra settings the feature's plug-in defines, kept as strings in their order
 */
public record FeatureSettings(boolean useGlobalProxy, Map<String, String> properties) {

    public static final FeatureSettings VIA_GLOBAL_PROXY = new FeatureSettings(true, Map.of());

    public FeatureSettings {
        properties = Values.orderedMap(properties);
    }
}
