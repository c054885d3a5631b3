package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.fleet.AgentFleet;
import org.agentproxy.deployment.fleet.FleetReporting;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.ui.tests.bots.ConnectionPathsBot;
import org.agentproxy.ui.tests.bots.FleetStatusBot;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fleet Status view against a real policy server on loopback, fed by the fleet simulator: the summary, the
 * mismatched agent's predicted and observed paths side by side, and Connection Paths opened on its facts.
 */
class FleetStatusUiTest extends StudioTestSupport {

    private static final String SERVER_NAME = "Fleet test server";
    private static final String POLICY = """
            {"format": "agentproxy-policy/1", "name": "HQ",
             "server": {"host": "osce.corp.example", "port": 4343},
             "internalAgents": {"server": {"enabled": true, "host": "proxy.corp.example", "port": 8080}}}""";

    @TempDir
    Path data;
    PolicyServerFixture server;

    @BeforeEach
    void startServer() throws Exception {
        DeployTestServers.clear();
        server = new PolicyServerFixture(data);
    }

    @AfterEach
    void stopServer() throws Exception {
        studio.closeView("org.agentproxy.deployment.ui.fleetStatus");
        // the test opens Connection Paths on an agent's facts: the next test must find the view's own sample again
        studio.closeView("org.agentproxy.simulation.ui.connectionPaths");
        server.close();
        DeployTestServers.clear();
    }

    @Test
    void showsTheMismatchedAgentsPathsSideBySideAndOpensConnectionPathsOnItsFacts() throws Exception {
        String agentToken = server.createGroup("fleet");
        server.deploy("fleet", PolicyCodec.read(POLICY), 0);
        // ten simulated agents report; 10 % (agent-000009) reach the server directly instead of through the proxy
        try (AgentFleet fleet = new AgentFleet(URI.create(server.url()), "fleet", new AccessToken(agentToken), 10,
                Duration.ofMillis(100), new FleetReporting(Duration.ofSeconds(60), List.of(new FleetReporting.Fault(
                        FleetReporting.Kind.DETOUR, "configuration", 0.1))))) {
            fleet.start();
            assertEquals(10, fleet.awaitReportsStored(10, Duration.ofSeconds(60)));
        }
        studio.servers().add(SERVER_NAME, server.url(), server.adminToken()).applyAndClose();

        FleetStatusBot view = studio.fleetStatus().group("fleet").refresh();

        assertTrue(view.status().startsWith("Group fleet: version 1 is current; 10 agents (current 9, behind 0, "
                + "not-seen 0, failing 0, mismatch 1)"), view.status());
        assertEquals(10, view.agents().rowCount());
        view.show("mismatch");
        assertEquals(1, view.agents().rowCount());
        view.select("agent-000009");
        assertTrue(view.predicted().contains("configuration [R1]"), view.predicted());
        assertTrue(view.predicted().contains("osce.corp.example:4343 via internal-server (proxy.corp.example:8080) "
                + "- ok"), view.predicted());
        assertTrue(view.observed().contains("osce.corp.example:4343 via direct - ok"), view.observed());
        assertTrue(view.observed().contains("the agent went direct instead of internal-server"), view.observed());
        shot("fleet-status-view.png");

        ConnectionPathsBot paths = view.openConnectionPaths();
        assertEquals("10.0.0.9", paths.field("ip").getText());
    }

    /** The view maximized in the screenshot (for docs/fleet-status.md), in the docshots folder when one is set. */
    private void shot(String file) {
        setState(IWorkbenchPage.STATE_MAXIMIZED);
        try {
            String dir = System.getProperty("agentproxy.docshots");
            boolean docs = dir != null && !dir.isBlank() && !dir.startsWith("$") && !dir.equals("null");
            studio.bot().captureScreenshot(docs ? Path.of(dir, file) : Path.of("target", file));
        } finally {
            setState(IWorkbenchPage.STATE_RESTORED);
        }
    }

    private void setState(int state) {
        studio.bot().syncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            page.setPartState(page.findViewReference("org.agentproxy.deployment.ui.fleetStatus"), state);
            return null;
        });
    }
}
