package org.agentproxy.simulation;

import java.util.List;
import java.util.Objects;

import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.internal.engine.Catalogue;
import org.agentproxy.simulation.internal.engine.Engine;
import org.agentproxy.simulation.scenario.Scenario;

/**
 * The path engine: rules R0-R7 of the product documentation over a policy, a scenario and the catalogue of installed
 * Smart Protection features. A pure function: no I/O, no registry look-up, no global state; thread-safe.
 */
public final class PathEngine {

    private PathEngine() {
    }

    /** {@link #simulate(Policy, Scenario, List)} with the core product's features, {@link SimulatedFeature#BUILT_IN}. */
    public static SimulationReport simulate(Policy policy, Scenario scenario) {
        return simulate(policy, scenario, SimulatedFeature.BUILT_IN);
    }

    /**
     * The location decision and every purpose's attempts for the scenario's agent under the policy. The policy
     * should be valid ({@code PolicyValidator}); parts a valid policy cannot lack (a proxy's host, a range) are
     * treated as absent.
     *
     * @param features the installed features (in the studio and the CLI, the {@code FeatureRegistry}'s): each is
     *                 routed by its declared routing (R5 global proxy, or R3 SPS lists) and HTTPS requirement; a
     *                 feature the policy has settings for but the catalogue lacks is reported in
     *                 {@link SimulationReport#skipped()}, not simulated
     */
    public static SimulationReport simulate(Policy policy, Scenario scenario, List<SimulatedFeature> features) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(scenario, "scenario");
        return Engine.simulate(policy, scenario, Catalogue.of(features));
    }

    /** The purposes {@link #simulate(Policy, Scenario)} reports. */
    public static List<String> purposes(Policy policy) {
        return purposes(SimulatedFeature.BUILT_IN);
    }

    /**
     * The purposes {@link #simulate(Policy, Scenario, List)} reports with this catalogue, whatever the policy: the
     * built-in ones in {@link Purposes#BUILT_IN} order, then the other features' purposes in catalogue order.
     */
    public static List<String> purposes(List<SimulatedFeature> features) {
        return Catalogue.of(features).purposes();
    }
}
