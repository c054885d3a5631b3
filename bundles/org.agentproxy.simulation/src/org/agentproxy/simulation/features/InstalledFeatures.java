package org.agentproxy.simulation.features;

import java.util.List;

import org.agentproxy.simulation.FeatureRouting;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.smartprotection.SmartProtectionFeature;

/**
 * The bridge from the feature registry to the path engine: the installed Smart Protection features as the engine
 * takes them. The engine itself never reads the registry (it stays a pure function); its callers — the CLI, the
 * simulation views, the deploy wizard — pass {@link #catalogue(FeatureRegistry)}.
 */
public final class InstalledFeatures {

    private InstalledFeatures() {
    }

    /** Every feature of the registry, in the registry's order, as a {@link SimulatedFeature}. */
    public static List<SimulatedFeature> catalogue(FeatureRegistry registry) {
        return registry.features().stream().map(InstalledFeatures::simulated).toList();
    }

    /** One registered feature as the engine sees it: id, name, purpose, declared routing and HTTPS need. */
    public static SimulatedFeature simulated(SmartProtectionFeature feature) {
        return new SimulatedFeature(feature.id(), feature.name(), feature.purpose(),
                FeatureRouting.valueOf(feature.routing().name()), feature.requiresHttps());
    }
}
