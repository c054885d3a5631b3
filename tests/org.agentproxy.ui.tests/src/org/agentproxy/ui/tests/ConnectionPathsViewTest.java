package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.simulation.codec.ScenarioCodec;
import org.agentproxy.simulation.ui.layout.PathGraph;
import org.agentproxy.simulation.ui.layout.PathGraph.Kind;
import org.agentproxy.simulation.ui.layout.PathGraph.Status;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.ui.Studio;
import org.agentproxy.ui.tests.bots.ConnectionPathsBot;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connection Paths: the shipped scenario under the sample policy; a reachability toggle changes a path. */
class ConnectionPathsViewTest extends StudioTestSupport {

    private static final String PML = "predictive-machine-learning";
    private static final String INTEGRATED_SPS = "Integrated SPS osce.corp.example";

    @TempDir
    Path dir;

    @AfterEach
    void resetTheScenario() {
        studio.bot().syncExec(() -> {
            Studio.activePolicy().revert();
            return null;
        });
        studio.bot().buttonWithId("connectionPaths.reset").click();
        studio.closeView("org.agentproxy.simulation.ui.connectionPaths");
    }

    @Test
    void theIntegratedSpsComingBackChangesThePmlPath() {
        ConnectionPathsBot paths = studio.connectionPaths();
        paths.waitForOutcome(PML, 1, "failed: unreachable");
        assertTrue(paths.status().contains("hq-lab-0042 10.10.9.42 is internal"), paths.status());
        assertArrayEquals(new String[] {PML, "2", "global-sps (proxy.corp.example:8080)", "smart-protection-network",
                "ok", "R5"}, paths.attemptIds(PML, 2));
        assertTrue(hasTarget(paths.graph(), "osce.corp.example:4345  \u2717 not reachable", Status.FAILED));

        int paints = paths.paints();
        paths.reachable(INTEGRATED_SPS).check();

        paths.waitForOutcome(PML, 1, "ok");
        assertEquals("osce.corp.example:4345", paths.attempt(PML, 1)[3]);
        assertEquals("not-tried", paths.attemptIds(PML, 2)[4]);
        paths.waitForRedraw(paints);
        assertTrue(hasTarget(paths.graph(), "osce.corp.example:4345", Status.OK));
    }

    /**
     * world.integratedSps in the form: with a list that names no integrated SPS, R5 asks the one the scenario
     * describes on the policy's server; typing its port there moves Predictive Machine Learning to it, Save Scenario…
     * writes it and Load Scenario… shows it again, a bad port is refused naming the field, and emptying the field
     * takes it away again.
     */
    @Test
    void theIntegratedSpsPortFieldMovesThePmlPathToTheServersSps() throws Exception {
        ConnectionPathsBot paths = studio.connectionPaths();
        paths.waitForOutcome(PML, 1, "failed: unreachable");
        studio.bot().syncExec(() -> {
            Studio.activePolicy().change("Only standalone SPS sources", p -> p.withSmartProtectionSources(
                    new SmartProtectionSources(p.smartProtectionSources().standardList().stream()
                            .filter(s -> !s.integrated()).toList(), p.smartProtectionSources().customLists())));
            return null;
        });
        studio.bot().waitUntil(Condition.of("PML without an integrated SPS in the list",
                () -> !paths.attemptIds(PML, 1)[3].startsWith("osce.corp.example")));
        assertEquals("", paths.field("integratedSps").getText(), "the shipped scenario describes none");

        paths.field("integratedSps").setText("4346");

        studio.bot().waitUntil(Condition.of("PML asks the integrated SPS on the server",
                () -> paths.attemptIds(PML, 1)[3].equals("osce.corp.example:4346")));
        assertEquals("R5", paths.attemptIds(PML, 1)[5]);
        Path saved = dir.resolve("with-integrated-sps.json");
        chooser.answer(saved);
        studio.bot().buttonWithId("connectionPaths.save").click();
        studio.bot().waitUntil(Condition.of("the scenario saved", () -> Files.exists(saved)));
        assertEquals(4346, ScenarioCodec.read(saved).world().integratedSps().port(), "saved with the scenario");
        studio.bot().buttonWithId("connectionPaths.reset").click();
        studio.bot().waitUntil(Condition.of("Reset: the shipped scenario, no integrated SPS",
                () -> paths.field("integratedSps").getText().isEmpty()));
        chooser.answer(saved);
        paths.loadScenario();
        studio.bot().waitUntil(Condition.of("loaded with the scenario",
                () -> paths.field("integratedSps").getText().equals("4346")
                        && paths.attemptIds(PML, 1)[3].equals("osce.corp.example:4346")));
        paths.showAttempt(PML, 1);
        shotMaximized("connection-paths-integrated-sps.png");
        paths.field("integratedSps").setText("70000");
        studio.bot().waitUntil(Condition.of("the bad port is refused naming the field",
                () -> paths.status().contains("Integrated SPS port: \"70000\" is not a port of 1-65535")));
        paths.field("integratedSps").setText("");
        studio.bot().waitUntil(Condition.of("PML without it again",
                () -> !paths.attemptIds(PML, 1)[3].startsWith("osce.corp.example")));
    }

    /** The view maximized in a screenshot, in the docshots folder when one is set (else target/). */
    private void shotMaximized(String file) {
        setState(IWorkbenchPage.STATE_MAXIMIZED);
        try {
            String docs = System.getProperty("agentproxy.docshots");
            boolean set = docs != null && !docs.isBlank() && !docs.startsWith("$") && !docs.equals("null");
            studio.bot().captureScreenshot(set ? Path.of(docs, file) : Path.of("target", file));
        } finally {
            setState(IWorkbenchPage.STATE_RESTORED);
        }
    }

    private void setState(int state) {
        studio.bot().syncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            page.setPartState(page.findViewReference("org.agentproxy.simulation.ui.connectionPaths"), state);
            return null;
        });
    }

    @Test
    void followsThePolicyEditsAndTheAgentFields() throws Exception {
        ConnectionPathsBot paths = studio.connectionPaths();
        paths.waitForOutcome("configuration", 1, "ok");
        assertEquals("direct", paths.attemptIds("configuration", 1)[2]);
        Policy next = FleetImpactViewTest.next();
        studio.bot().syncExec(() -> {
            Studio.activePolicy().change("No bypass for corp.example", p -> p.withBypassList(next.bypassList())
                    .withInternalAgents(next.internalAgents()));
            return null;
        });
        studio.bot().waitUntil(Condition.of("configuration goes through the new proxy",
                () -> paths.attemptIds("configuration", 1)[2].equals("internal-server (10.10.0.8:8080)")));

        studio.bot().textWithId("connectionPaths.ip").setText("10.10.9.300");
        studio.bot().waitUntil(Condition.of("the bad address is reported",
                () -> paths.status().contains("\"10.10.9.300\" is not an IPv4 or IPv6 address")));
        studio.bot().textWithId("connectionPaths.ip").setText("fd00:20::9");
        studio.bot().waitUntil(Condition.of("the IPv6-only agent cannot use the IPv4-only proxy",
                () -> paths.attemptIds("configuration", 1)[4].equals("failed: address-family")));
    }

    @Test
    void theDiagramIsDescribedToScreenReaders() {
        ConnectionPathsBot paths = studio.connectionPaths();
        paths.waitForOutcome(PML, 1, "failed: unreachable");
        PathGraph graph = paths.graph();
        List<String> read = paths.accessible();

        assertEquals("Connection paths diagram", read.get(0));
        assertTrue(read.get(1).startsWith(graph.boxes().size() + " boxes and " + graph.edges().size()
                + " connections, "), read.get(1));
        assertEquals(2 + graph.boxes().size() + graph.edges().size(), read.size(), "a child per box and per edge");
        assertTrue(read.contains("osce.corp.example:4345  \u2717 not reachable (failed)"), read.toString());
        List<String> edges = read.subList(2 + graph.boxes().size(), read.size());
        for (String edge : edges) {
            assertTrue(edge.matches("(?s).+ \u2192 .+: .+ \\((used|failed|not tried)\\)") && !edge.startsWith("? ")
                    && !edge.contains("\u2192 ?:"), "an edge names both its ends, its rule and its outcome: " + edge);
        }
        assertTrue(edges.stream().anyMatch(e -> e.contains("\u2192 osce.corp.example:4345  \u2717 not reachable: ")
                && e.endsWith(" (failed)")), "the failed attempt to the integrated SPS: " + edges);
    }

    private static boolean hasTarget(PathGraph graph, String text, Status status) {
        return graph.boxes().stream()
                .anyMatch(b -> b.kind() == Kind.TARGET && b.text().equals(text) && b.status() == status);
    }
}
