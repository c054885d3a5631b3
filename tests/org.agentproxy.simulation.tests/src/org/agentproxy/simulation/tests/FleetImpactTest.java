package org.agentproxy.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.FeatureRouting;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.impact.FleetImpact;
import org.agentproxy.simulation.impact.ImpactReport;
import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.impact.LostAgent;
import org.agentproxy.simulation.impact.LostPath;
import org.agentproxy.simulation.impact.PurposeImpact;
import org.agentproxy.simulation.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Fleet impact: counts per purpose and the agents that lose a path, equal to simulating each agent alone. */
class FleetImpactTest {

    private static final Policy CURRENT = Samples.policy("sample-policy.json");
    private static final Policy NEXT = Samples.policy("sample-policy-next.json");

    @Test
    void theSampleFleetUnderTheNextSamplePolicy() {
        ImpactReport r = FleetImpact.analyze(CURRENT, NEXT, Samples.fleet());

        assertEquals(7, r.agents());
        assertEquals(new PurposeImpact(Purposes.CONFIGURATION, 2, 4, 0, 1), r.purpose(Purposes.CONFIGURATION));
        assertEquals(new PurposeImpact(Purposes.UPDATE_NOW, 6, 1, 0, 0), r.purpose(Purposes.UPDATE_NOW));
        assertEquals(new PurposeImpact(Purposes.SERVER_UPDATE, 7, 0, 0, 0), r.purpose(Purposes.SERVER_UPDATE));
        assertEquals(List.of("lyon-ws-0008"), r.lostAgents().stream().map(LostAgent::agentId).toList());
        LostPath config = r.lostAgents().get(0).paths().get(0);
        assertEquals(new LostPath(Purposes.CONFIGURATION, "osce.corp.example:4343 via direct", Cause.ADDRESS_FAMILY,
                "the IPv6-only agent cannot reach the IPv4-only proxy 10.10.0.8:8080"), config);
        assertEquals(3, r.lostPaths());
    }

    @Test
    void theSamePolicyKeepsEveryPath() {
        ImpactReport r = FleetImpact.analyze(CURRENT, CURRENT, Samples.fleet());

        for (PurposeImpact p : r.purposes()) {
            assertEquals(7, p.kept(), p.purpose());
        }
        assertEquals(List.of(), r.lostAgents());
    }

    @Test
    void anEmptyInventoryCountsNothing() {
        ImpactReport r = FleetImpact.analyze(CURRENT, NEXT, Inventory.builder().build());

        assertEquals(0, r.agents());
        assertEquals(Purposes.BUILT_IN, r.purposes().stream().map(PurposeImpact::purpose).toList());
    }

    // An installed feature only one policy has settings for is compared too, the other routing it with the defaults
    @Test
    void aFeatureOfOnlyOnePolicyIsAPurposeOfTheComparison() {
        Policy withFeature = CURRENT.withGlobalSmartProtection(CURRENT.globalSmartProtection().withFeature(
                "com.example.sandbox", FeatureSettings.VIA_GLOBAL_PROXY));
        List<SimulatedFeature> catalogue = new ArrayList<>(SimulatedFeature.BUILT_IN);
        catalogue.add(new SimulatedFeature("com.example.sandbox", "Sandbox", null, FeatureRouting.GLOBAL_PROXY, true));

        ImpactReport r = FleetImpact.analyze(CURRENT, withFeature, Samples.fleet(), FleetImpact.DEFAULT_WORLD,
                catalogue);

        assertEquals(new PurposeImpact("com.example.sandbox", 7, 0, 0, 0), r.purpose("com.example.sandbox"));
    }

    // The same catalogue routes both policies: a feature whose plug-in is absent is no purpose of the comparison
    @Test
    void aFeatureMissingFromTheCatalogueIsNotCompared() {
        Policy withFeature = CURRENT.withGlobalSmartProtection(CURRENT.globalSmartProtection().withFeature(
                "com.example.sandbox", FeatureSettings.VIA_GLOBAL_PROXY));

        ImpactReport r = FleetImpact.analyze(CURRENT, withFeature, Samples.fleet());

        assertEquals(Purposes.BUILT_IN, r.purposes().stream().map(PurposeImpact::purpose).toList());
    }

    // The fast path must agree with the engine agent by agent, whatever the mix of agents and worlds
    @Test
    void everyAgentIsCountedAsItsOwnSimulationSays() {
        List<GeneratedFleet.Row> rows = GeneratedFleet.rows(3000, 42);
        Inventory inventory = GeneratedFleet.inventory(rows);
        for (Scenario world : List.of(FleetImpact.DEFAULT_WORLD, GeneratedFleet.harshWorld())) {
            for (Policy[] pair : new Policy[][] { { CURRENT, NEXT }, { NEXT, GeneratedFleet.variant(CURRENT) },
                    { GeneratedFleet.variant(CURRENT), CURRENT } }) {
                assertAgrees(pair[0], pair[1], rows, inventory, world);
            }
        }
    }

    static void assertAgrees(Policy from, Policy to, List<GeneratedFleet.Row> rows, Inventory inventory,
            Scenario world) {
        ImpactReport report = FleetImpact.analyze(from, to, inventory, world);
        int[][] expected = new int[report.purposes().size()][4];
        List<String> lost = new ArrayList<>();
        for (GeneratedFleet.Row row : rows) {
            Scenario s = world.withAgent(row.facts(world.agent()));
            SimulationReport a = PathEngine.simulate(from, s);
            SimulationReport b = PathEngine.simulate(to, s);
            for (int k = 0; k < report.purposes().size(); k++) {
                String purpose = report.purposes().get(k).purpose();
                Optional<String> x = path(a, purpose);
                Optional<String> y = path(b, purpose);
                int category = x.equals(y) ? 0 : x.isPresent() && y.isPresent() ? 1 : x.isEmpty() ? 2 : 3;
                expected[k][category]++;
                if (category == 3) {
                    lost.add(row.id() + " " + purpose + " " + b.purpose(purpose).reason());
                }
            }
        }
        for (int k = 0; k < expected.length; k++) {
            PurposeImpact p = report.purposes().get(k);
            assertEquals(List.of(expected[k][0], expected[k][1], expected[k][2], expected[k][3]),
                    List.of(p.kept(), p.changed(), p.gained(), p.lost()), from.name() + " -> " + to.name() + ": "
                            + p.purpose());
        }
        assertEquals(lost, report.lostAgents().stream().flatMap(agent -> agent.paths().stream()
                .map(path -> agent.agentId() + " " + path.purpose() + " " + path.reason())).toList());
        assertTrue(report.agents() == rows.size());
    }

    private static Optional<String> path(SimulationReport r, String purpose) {
        PurposeReport p = r.purposes().stream().filter(x -> x.purpose().equals(purpose)).findFirst().orElse(null);
        return p == null ? Optional.empty() : p.success().map(Attempt::path);
    }
}
