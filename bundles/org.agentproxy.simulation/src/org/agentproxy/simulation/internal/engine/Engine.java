package org.agentproxy.simulation.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.FeatureRouting;
import org.agentproxy.simulation.Location;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.scenario.Scenario;

/** Runs every rule for one agent. Stateless: each call builds its own {@link Evaluation}. */
public final class Engine {

    private Engine() {
    }

    /** Every purpose of {@code catalogue.purposes()} for the scenario's agent, each feature by its declared routing. */
    public static SimulationReport simulate(Policy policy, Scenario scenario, Catalogue catalogue) {
        Evaluation e = new Evaluation(policy, scenario);
        List<PurposeReport> reports = new ArrayList<>(catalogue.purposes().size());
        for (String purpose : catalogue.purposes()) {
            reports.add(switch (purpose) {
                case Purposes.CONFIGURATION -> ServerRule.run(e, Purposes.CONFIGURATION, Messages.Engine_configuration);
                case Purposes.LOGS -> ServerRule.run(e, Purposes.LOGS, Messages.Engine_logs);
                case Purposes.COMPONENT_UPDATE -> UpdateRule.scheduled(e);
                case Purposes.UPDATE_NOW -> UpdateRule.updateNow(e);
                case Purposes.FILE_REPUTATION -> ReputationRule.fileReputation(e);
                case Purposes.WEB_REPUTATION -> ReputationRule.webReputation(e);
                case Purposes.SERVER_UPDATE -> ServerUpdateRule.run(e);
                default -> feature(e, catalogue.byPurpose().get(purpose));
            });
        }
        return new SimulationReport(policy.name(), scenario, e.location, reports, catalogue.skipped(policy),
                ScenarioHosts.unused(policy, scenario));
    }

    private static PurposeReport feature(Evaluation e, SimulatedFeature feature) {
        return feature.routing() == FeatureRouting.SPS_LISTS ? ReputationRule.feature(e, feature)
                : FeatureRule.run(e, feature);
    }

    /** Only the location decision (R0) for the scenario's agent. */
    public static Location locate(Policy policy, Scenario scenario) {
        return new Evaluation(policy, scenario).location.location();
    }
}
