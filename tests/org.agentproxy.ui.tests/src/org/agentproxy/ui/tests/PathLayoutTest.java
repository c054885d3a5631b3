package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.store.PolicyWorkspace;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.codec.ScenarioCodec;
import org.agentproxy.simulation.ui.layout.PathGraph;
import org.agentproxy.simulation.ui.layout.PathGraph.Box;
import org.agentproxy.simulation.ui.layout.PathGraph.Kind;
import org.agentproxy.simulation.ui.layout.PathGraph.Status;
import org.agentproxy.simulation.ui.layout.PathLayout;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/** The diagram's layout, without SWT: columns agent | proxy | target, a row per purpose and attempt. */
class PathLayoutTest {

    @Test
    void oneAgentBoxPerPurposeAndARowPerAttempt() throws Exception {
        SimulationReport report = PathEngine.simulate(PolicyCodec.read(new String(PolicyWorkspace.sampleBytes(),
                StandardCharsets.UTF_8)), ScenarioCodec.read(sampleScenario()));
        PathGraph graph = PathLayout.layout(report);

        List<Box> agents = graph.boxes().stream().filter(b -> b.kind() == Kind.AGENT).toList();
        assertEquals(report.purposes().size(), agents.size());
        long attempts = report.purposes().stream().mapToLong(p -> p.attempts().size()).sum();
        assertEquals(attempts, graph.boxes().stream().filter(b -> b.kind() == Kind.TARGET).count());
        assertEquals(1, graph.boxes().stream().filter(b -> b.kind() == Kind.TARGET).map(Box::x).distinct().count());
        assertEquals(1, graph.boxes().stream().filter(b -> b.kind() == Kind.PROXY).map(Box::x).distinct().count());

        Box pml = agents.stream().filter(b -> b.text().equals("predictive-machine-learning")).findFirst().get();
        List<Box> pmlTargets = graph.boxes().stream()
                .filter(b -> b.kind() == Kind.TARGET && b.y() >= pml.y() && b.y() < pml.y() + pml.height()).toList();
        assertEquals(2, pmlTargets.size());
        assertEquals(Status.FAILED, pmlTargets.get(0).status());
        assertEquals(Status.OK, pmlTargets.get(1).status());
        assertTrue(pmlTargets.get(0).y() < pmlTargets.get(1).y());
        assertTrue(graph.edges().stream().allMatch(e -> e.label().matches("(direct )?R[0-7]")));
        assertTrue(graph.tooltipAt(pmlTargets.get(0).x() - 20, pmlTargets.get(0).centerY()).startsWith("1. "));
        assertEquals(layoutAgain(report), graph);
    }

    private static PathGraph layoutAgain(SimulationReport report) {
        return PathLayout.layout(report);
    }

    private static String sampleScenario() throws IOException {
        try (InputStream in = Platform.getBundle("org.agentproxy.simulation.ui").getEntry("samples/internal-agent.json")
                .openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
