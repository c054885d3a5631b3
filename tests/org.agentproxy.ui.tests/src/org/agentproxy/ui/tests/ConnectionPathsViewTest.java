package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.simulation.ui.layout.PathGraph;
import org.agentproxy.simulation.ui.layout.PathGraph.Kind;
import org.agentproxy.simulation.ui.layout.PathGraph.Status;
import org.agentproxy.ui.tests.bots.ConnectionPathsBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Connection Paths: the shipped scenario under the sample policy; a reachability toggle changes a path. */
class ConnectionPathsViewTest extends StudioTestSupport {

    private static final String PML = "predictive-machine-learning";
    private static final String INTEGRATED_SPS = "Integrated SPS osce.corp.example";

    @AfterEach
    void resetTheScenario() {
        studio.bot().buttonWithId("connectionPaths.reset").click();
        studio.closeView("org.agentproxy.simulation.ui.connectionPaths");
    }

    @Test
    void theIntegratedSpsComingBackChangesThePmlPath() {
        ConnectionPathsBot paths = studio.connectionPaths();
        paths.waitForOutcome(PML, 1, "failed: unreachable");
        assertTrue(paths.status().contains("hq-lab-0042 10.10.9.42 is internal"), paths.status());
        assertArrayEquals(new String[] {PML, "2", "global-sps (proxy.corp.example:8080)", "smart-protection-network",
                "ok", "R5"}, paths.attempt(PML, 2));
        assertTrue(hasTarget(paths.graph(), "osce.corp.example:4345  \u2717 unreachable", Status.FAILED));

        int paints = paths.paints();
        paths.reachable(INTEGRATED_SPS).check();

        paths.waitForOutcome(PML, 1, "ok");
        assertEquals("osce.corp.example:4345", paths.attempt(PML, 1)[3]);
        assertEquals("not-tried", paths.attempt(PML, 2)[4]);
        paths.waitForRedraw(paints);
        assertTrue(hasTarget(paths.graph(), "osce.corp.example:4345", Status.OK));
    }

    private static boolean hasTarget(PathGraph graph, String text, Status status) {
        return graph.boxes().stream()
                .anyMatch(b -> b.kind() == Kind.TARGET && b.text().equals(text) && b.status() == status);
    }
}
