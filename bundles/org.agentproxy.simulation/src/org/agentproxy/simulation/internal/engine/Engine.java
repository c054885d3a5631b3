package org.agentproxy.simulation.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.Location;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.scenario.Scenario;

/** Runs every rule for one agent. Stateless: each call builds its own {@link Evaluation}. */
public final class Engine {

    private Engine() {
    }

    /**
     * @param features the R5 features to report beyond the two built-in ones, in order (the policy's own, or for a
     *                 fleet comparison those of both policies)
     */
    public static SimulationReport simulate(Policy policy, Scenario scenario, List<String> features) {
        Evaluation e = new Evaluation(policy, scenario);
        List<PurposeReport> reports = new ArrayList<>(Purposes.BUILT_IN.size() + features.size());
        reports.add(ServerRule.run(e, Purposes.CONFIGURATION, "configuration requests"));
        reports.add(ServerRule.run(e, Purposes.LOGS, "logs"));
        reports.add(UpdateRule.scheduled(e));
        reports.add(UpdateRule.updateNow(e));
        reports.add(ReputationRule.fileReputation(e));
        reports.add(ReputationRule.webReputation(e));
        reports.add(FeatureRule.run(e, Purposes.PREDICTIVE_MACHINE_LEARNING));
        reports.add(FeatureRule.run(e, Purposes.BEHAVIOR_MONITORING));
        reports.add(ServerUpdateRule.run(e));
        for (String feature : features) {
            if (!Purposes.BUILT_IN.contains(feature)) {
                reports.add(FeatureRule.run(e, feature));
            }
        }
        return new SimulationReport(policy.name(), scenario, e.location, reports);
    }

    /** Only the location decision (R0) for the scenario's agent. */
    public static Location locate(Policy policy, Scenario scenario) {
        return new Evaluation(policy, scenario).location.location();
    }

    /** The contributed features a policy routes: its feature ids other than the built-in ones, in order. */
    public static List<String> contributedFeatures(Policy policy) {
        return policy.globalSmartProtection().features().keySet().stream()
                .filter(id -> !Purposes.BUILT_IN.contains(id)).toList();
    }
}
