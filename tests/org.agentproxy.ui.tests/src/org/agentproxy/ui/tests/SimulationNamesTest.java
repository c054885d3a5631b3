package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.agentproxy.simulation.Rule;
import org.agentproxy.simulation.ui.layout.PathGraph.Kind;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.ui.tests.bots.ConnectionPathsBot;
import org.agentproxy.ui.tests.bots.FleetImpactBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulation views speak the administrator's words (purposes, routes, rules by name) and keep the stable ids in
 * tooltips; a legend explains R0-R7; they recompute off the UI thread with a busy hint.
 */
class SimulationNamesTest extends StudioTestSupport {

    @AfterEach
    void closeTheViews() {
        studio.closeView("org.agentproxy.simulation.ui.connectionPaths");
        studio.closeView("org.agentproxy.simulation.ui.fleetImpact");
    }

    @Test
    void purposesRoutesAndRulesHaveReadableNamesAndTheirIdsInTooltips() {
        ConnectionPathsBot paths = studio.connectionPaths();
        paths.waitForOutcome("predictive-machine-learning", 2, "ok");

        String[] configuration = paths.attempt("configuration", 1);
        assertEquals("Configuration", configuration[0]);
        assertEquals("R1 \u00b7 Configuration goes to the server", configuration[5]);
        assertEquals("id: configuration", paths.tooltip("configuration", 1, 0));
        assertEquals("id: R1", paths.tooltip("configuration", 1, 5));
        String[] pml = paths.attempt("predictive-machine-learning", 2);
        assertEquals("Predictive Machine Learning", pml[0]);
        assertEquals("through the Global SPS proxy (proxy.corp.example:8080)", pml[2]);
        assertEquals("Smart Protection Network", pml[3]);
        assertEquals("connected", pml[4]);
        assertEquals("id: global-sps (proxy.corp.example:8080)", paths.tooltip("predictive-machine-learning", 2, 2));
        assertEquals("id: smart-protection-network", paths.tooltip("predictive-machine-learning", 2, 3));
        assertEquals("failed: not reachable", paths.attempt("predictive-machine-learning", 1)[4]);

        assertTrue(paths.graph().boxes().stream()
                .anyMatch(b -> b.kind() == Kind.AGENT && b.text().equals("Configuration")));
        assertTrue(paths.graph().boxes().stream()
                .anyMatch(b -> b.kind() == Kind.PROXY && b.text().equals("Global SPS proxy proxy.corp.example:8080")));
        assertTrue(paths.graph().edges().stream().allMatch(e -> e.tooltip().contains("[")),
                "every edge's tooltip names the ids");
    }

    @Test
    void theLegendExplainsR0ToR7() {
        ConnectionPathsBot paths = studio.connectionPaths();

        List<String> legend = paths.legend();
        assertEquals(8, legend.size());
        for (int i = 0; i < 8; i++) {
            assertTrue(legend.get(i).startsWith("R" + i + " \u00b7 "), legend.get(i));
        }
        assertEquals("R1 \u00b7 Configuration goes to the server", legend.get(1));
        assertEquals(Rule.R7.statement(), paths.legendTooltip("R7"));
    }

    @Test
    void fleetImpactNamesThePurposes() {
        FleetImpactBot impact = studio.fleetImpact().compareWithSaved();
        impact.waitForCounts("configuration", "7", "0", "0", "0");

        assertEquals("Configuration", impact.purposeName("configuration"));
        assertEquals("Server's own updates", impact.purposeName("server-update"));
    }

    @Test
    void anEditShowsTheBusyHintThenTheResult() {
        ConnectionPathsBot paths = studio.connectionPaths();
        paths.waitForOutcome("configuration", 1, "ok");
        studio.bot().waitUntil(Condition.of("the view is idle", () -> paths.busy().isEmpty()));
        int shown = paths.busyShown();

        paths.field("ip").typeText("0");   // 10.10.9.420: not an address
        paths.field("ip").setText("fd00:20::9");

        assertTrue(paths.busyShown() > shown, "the busy hint shows as soon as the field changes");
        studio.bot().waitUntil(Condition.of("the result for the new address arrives",
                () -> paths.status().contains(" fd00:20::9 is ")));
        studio.bot().waitUntil(Condition.of("the busy hint is gone", () -> paths.busy().isEmpty()));
    }
}
