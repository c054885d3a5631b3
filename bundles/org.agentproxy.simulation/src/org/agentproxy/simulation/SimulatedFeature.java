package org.agentproxy.simulation;

import java.util.List;
import java.util.Objects;

import org.agentproxy.policy.BuiltInFeatures;

/**
 * A Smart Protection feature as the path engine sees it: what its declaration says about routing. The engine takes
 * the catalogue of installed features as input and never looks a registry up itself; callers in the studio and the
 * CLI map the {@code FeatureRegistry}'s features to these.
 *
 * @param id            the id the policy keeps the feature's settings under
 * @param name          the name explanations use
 * @param purpose       the connection purpose the feature creates for agents (the report's purpose name)
 * @param routing       how agents reach the feature's sources
 * @param requiresHttps whether the feature's sources must use HTTPS
 */
public record SimulatedFeature(String id, String name, String purpose, FeatureRouting routing,
        boolean requiresHttps) {

    /**
     * The features of the core product, as {@code org.agentproxy.smartprotection} contributes them: the catalogue of
     * {@link PathEngine#simulate(org.agentproxy.policy.Policy, org.agentproxy.simulation.scenario.Scenario)} when the
     * caller has no registry.
     */
    public static final List<SimulatedFeature> BUILT_IN = List.of(
            new SimulatedFeature(BuiltInFeatures.PREDICTIVE_MACHINE_LEARNING, "Predictive Machine Learning",
                    BuiltInFeatures.PREDICTIVE_MACHINE_LEARNING, FeatureRouting.GLOBAL_PROXY, true),
            new SimulatedFeature(BuiltInFeatures.BEHAVIOR_MONITORING, "Behavior Monitoring",
                    BuiltInFeatures.BEHAVIOR_MONITORING, FeatureRouting.GLOBAL_PROXY, true));

    public SimulatedFeature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(routing, "routing");
        name = name == null || name.isBlank() ? id : name;
        purpose = purpose == null || purpose.isBlank() ? id : purpose;
    }
}
