package org.agentproxy.cli.internal;

import java.util.List;

import org.agentproxy.simulation.FeatureRouting;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.smartprotection.SmartProtectionFeature;

/** The installed Smart Protection features, as the path engine takes them. */
public final class InstalledFeatures {

    private InstalledFeatures() {
    }

    /** Every feature of the registry, in its order, mapped to the engine's view of a feature. */
    public static List<SimulatedFeature> catalogue(FeatureRegistry registry) {
        return registry.features().stream().map(InstalledFeatures::simulated).toList();
    }

    private static SimulatedFeature simulated(SmartProtectionFeature f) {
        return new SimulatedFeature(f.id(), f.name(), f.purpose(), FeatureRouting.valueOf(f.routing().name()),
                f.requiresHttps());
    }
}
