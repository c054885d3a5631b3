package org.agentproxy.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Global Smart Protection Service proxy, used when agents query Smart Protection sources for Predictive
 * Machine Learning, Behavior Monitoring and every contributed feature. If the integrated SPS is unavailable,
 * agents go to the Smart Protection Network. File-reputation SPS sources must use HTTPS for this to work.
 *
 * @param proxy    the proxy
 * @param features per-feature routing keyed by feature id, in display order
 */
public record GlobalSmartProtectionScope(ProxyEndpoint proxy, Map<String, FeatureSettings> features) {

    public static final GlobalSmartProtectionScope DEFAULT = new GlobalSmartProtectionScope(ProxyEndpoint.NONE,
            Map.of());

    public GlobalSmartProtectionScope {
        proxy = Values.orElse(proxy, ProxyEndpoint.NONE);
        features = Values.orderedMap(features);
    }

    /** This scope with the settings of one feature replaced or added. */
    public GlobalSmartProtectionScope withFeature(String featureId, FeatureSettings settings) {
        Map<String, FeatureSettings> copy = new LinkedHashMap<>(features);
        copy.put(featureId, settings);
        return new GlobalSmartProtectionScope(proxy, copy);
    }

    public GlobalSmartProtectionScope withProxy(ProxyEndpoint value) {
        return new GlobalSmartProtectionScope(value, features);
    }
}
