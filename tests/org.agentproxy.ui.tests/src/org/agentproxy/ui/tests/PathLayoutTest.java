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
import org.agentproxy.simulation.ui.layout.PathGraph.Edge;
import org.agentproxy.simulation.ui.layout.PathGraph.Kind;
import org.agentproxy.simulation.ui.layout.PathGraph.Status;
import org.agentproxy.simulation.ui.layout.PathLayout;
import org.agentproxy.simulation.ui.layout.TextMeasure;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * The diagram's layout by ELK Layered, without SWT: agents, then proxies, then targets from left to right; the
 * purposes and attempts in the report's order from top to bottom; edges ending on their boxes, labelled with the rule.
 */
class PathLayoutTest {

    /** 7 pixels per character, 14 per line: the layout only needs sizes. */
    private static final TextMeasure MEASURE = new TextMeasure() {
        @Override
        public int width(String text) {
            return 7 * text.length();
        }

        @Override
        public int height() {
            return 14;
        }
    };

    @Test
    void agentsProxiesAndTargetsInColumnsInTheReportsOrder() throws Exception {
        SimulationReport report = sampleReport();
        PathGraph graph = PathLayout.layout(report, MEASURE);

        List<Box> agents = boxes(graph, Kind.AGENT);
        assertEquals(report.purposes().stream().map(p -> p.purpose()).toList(),
                agents.stream().map(Box::text).toList());
        long attempts = report.purposes().stream().mapToLong(p -> p.attempts().size()).sum();
        List<Box> targets = boxes(graph, Kind.TARGET);
        assertEquals(attempts, targets.size());
        List<Box> proxies = boxes(graph, Kind.PROXY);
        assertTrue(!proxies.isEmpty());
        int agentsEnd = agents.stream().mapToInt(b -> b.x() + b.width()).max().getAsInt();
        int proxiesEnd = proxies.stream().mapToInt(b -> b.x() + b.width()).max().getAsInt();
        assertTrue(agentsEnd < proxies.stream().mapToInt(Box::x).min().getAsInt(), "agents left of the proxies");
        assertTrue(proxiesEnd < targets.stream().mapToInt(Box::x).min().getAsInt(), "proxies left of the targets");
        for (int i = 1; i < agents.size(); i++) {
            assertTrue(agents.get(i - 1).y() < agents.get(i).y(), "purposes top to bottom: " + agents.get(i).text());
        }
        for (int i = 1; i < targets.size(); i++) {
            assertTrue(targets.get(i - 1).y() < targets.get(i).y(), "attempts top to bottom: " + targets.get(i));
        }
        for (Box b : graph.boxes()) {
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.width() <= graph.width()
                    && b.y() + b.height() <= graph.height(), "inside the diagram: " + b);
        }
    }

    @Test
    void thePmlFallbackIsBelowTheFailedIntegratedSpsAndEveryEdgeCarriesItsRule() throws Exception {
        PathGraph graph = PathLayout.layout(sampleReport(), MEASURE);

        List<Box> targets = boxes(graph, Kind.TARGET);
        int pml = boxes(graph, Kind.AGENT).stream().map(Box::text).toList().indexOf("predictive-machine-learning");
        Box agent = boxes(graph, Kind.AGENT).get(pml);
        List<Box> pmlTargets = targets.stream().filter(t -> reaches(graph, agent, t)).toList();
        assertEquals(2, pmlTargets.size());
        assertEquals("osce.corp.example:4345  \u2717 unreachable", pmlTargets.get(0).text());
        assertEquals(Status.FAILED, pmlTargets.get(0).status());
        assertEquals("smart-protection-network", pmlTargets.get(1).text());
        assertEquals(Status.OK, pmlTargets.get(1).status());

        assertTrue(graph.edges().stream().allMatch(e -> e.label().matches("(direct )?R[0-7]")));
        for (Edge e : graph.edges()) {
            assertTrue(e.points().size() >= 2);
            assertTrue(graph.boxes().stream().anyMatch(b -> touches(b, e.points().getLast())), "edge ends on a box");
        }
        Box failed = pmlTargets.get(0);
        assertTrue(graph.tooltipAt(failed.x() + 2, failed.centerY()).startsWith("1. Predictive Machine Learning"),
                graph.tooltipAt(failed.x() + 2, failed.centerY()));
        assertTrue(graph.tooltipAt(failed.x() + 2, failed.centerY()).contains("\nunreachable: "));
        Edge toSpn = graph.edges().stream().filter(e -> touches(pmlTargets.get(1), e.points().getLast()))
                .findFirst().get();
        assertTrue(graph.tooltipAt(toSpn.labelX() + 1, toSpn.labelY() + 1).startsWith("2. "));
    }

    @Test
    void theSameReportGivesTheSameDiagram() throws Exception {
        SimulationReport report = sampleReport();
        assertEquals(PathLayout.layout(report, MEASURE), PathLayout.layout(report, MEASURE));
    }

    private static List<Box> boxes(PathGraph graph, Kind kind) {
        return graph.boxes().stream().filter(b -> b.kind() == kind).toList();
    }

    /** Whether a path of edges leads from one box to the other. */
    private static boolean reaches(PathGraph graph, Box from, Box to) {
        for (Edge e : graph.edges()) {
            if (touches(from, e.points().getFirst())) {
                if (touches(to, e.points().getLast())) {
                    return true;
                }
                for (Box next : graph.boxes()) {
                    if (next != from && touches(next, e.points().getLast()) && reaches(graph, next, to)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean touches(Box b, PathGraph.Point p) {
        return p.x() >= b.x() - 1 && p.x() <= b.x() + b.width() + 1 && p.y() >= b.y() - 1
                && p.y() <= b.y() + b.height() + 1;
    }

    private static SimulationReport sampleReport() throws IOException {
        return PathEngine.simulate(PolicyCodec.read(new String(PolicyWorkspace.sampleBytes(), StandardCharsets.UTF_8)),
                ScenarioCodec.read(sampleScenario()));
    }

    private static String sampleScenario() throws IOException {
        try (InputStream in = Platform.getBundle("org.agentproxy.simulation.ui").getEntry("samples/scenarios/internal-agent.json")
                .openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
