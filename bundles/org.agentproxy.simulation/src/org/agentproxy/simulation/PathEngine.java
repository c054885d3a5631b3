package org.agentproxy.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.internal.engine.Engine;
import org.agentproxy.simulation.scenario.Scenario;

/**
 * The path engine: rules R0-R7 of the product documentation over a policy and a scenario. A pure function: no
 * I/O, no global state; thread-safe.
 */
public final class PathEngine {

    private PathEngine() {
    }

    /**
     * The location decision and every purpose's attempts for the scenario's agent under the policy. The policy
     * should be valid ({@code PolicyValidator}); parts a valid policy cannot lack (a proxy's host, a range) are
     * treated as absent.
     */
    public static SimulationReport simulate(Policy policy, Scenario scenario) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(scenario, "scenario");
        return Engine.simulate(policy, scenario, Engine.contributedFeatures(policy));
    }

    /** The purposes {@link #simulate} reports for a policy: the nine built-in ones, then its contributed features. */
    public static List<String> purposes(Policy policy) {
        List<String> names = new ArrayList<>(Purposes.BUILT_IN);
        names.addAll(Engine.contributedFeatures(policy));
        return names;
    }
}
