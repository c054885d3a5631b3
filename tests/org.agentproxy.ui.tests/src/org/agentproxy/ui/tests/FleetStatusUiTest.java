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
import org.agentproxy.testing.bot.ComboBot;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.ShellBot;
import org.agentproxy.ui.tests.bots.ConnectionPathsBot;
import org.agentproxy.ui.tests.bots.FleetStatusBot;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
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
        assertEquals("configuration [R1]", view.mismatchedPurposes("agent-000009"));
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

    /**
     * An IPv6-only agent and an IPv4-only SPS: the engine predicts that R3 routes file reputation to the SPS and R7
     * stops it; the agent reached it all the same. The predicted side names both rules, routing rule first, and the
     * observed side the rule that routed the agent's path.
     */
    @Test
    void anAddressFamilyMismatchShowsTheRoutingRuleOfBothPathsNotOnlyR7() throws Exception {
        String agentToken = server.createGroup("v6");
        server.deploy("v6", PolicyCodec.read("""
                {"format": "agentproxy-policy/1", "name": "HQ v6",
                 "server": {"host": "osce.corp.example", "port": 4343},
                 "smartProtectionSources": {"standardList": [{"host": "10.0.0.5", "port": 5275}]}}"""), 0);
        assertEquals(204, server.report("v6", agentToken, """
                {"format": "agentproxy-agent-status/1", "agent": "agent-v6", "version": 1,
                 "time": "2026-12-06T04:00:00Z", "facts": {"ip": "fd00::9", "family": "ipv6"},
                 "purposes": [{"purpose": "file-reputation", "via": "direct", "target": "10.0.0.5:5275",
                               "outcome": "ok"}]}"""));
        studio.servers().add(SERVER_NAME, server.url(), server.adminToken()).applyAndClose();

        FleetStatusBot view = studio.fleetStatus().group("v6").refresh().show("mismatch");
        assertEquals("file-reputation [R3, R7]", view.mismatchedPurposes("agent-v6"));
        view.select("agent-v6");

        assertTrue(view.predicted().contains("file-reputation [R3, R7]"), view.predicted());
        assertTrue(view.predicted().contains("R3 routes this attempt, and R7 stops it"), view.predicted());
        assertTrue(view.observed().contains("file-reputation [routed by R3]"), view.observed());
        assertTrue(view.observed().contains("10.0.0.5:5275 via direct - ok"), view.observed());
        shot("fleet-status-address-family.png");
    }

    /** At 1024×700 a long "name (URL)" of a server shows whole: the combo has a line of its own; and in its tooltip. */
    @Test
    void theServerComboShowsALongNameAndUrlWholeAt1024x700() throws Exception {
        String name = "Policy server of the Lyon branch office (second building)";
        studio.servers().add(name, server.url(), server.adminToken()).applyAndClose();
        ShellBot window = studio.window();
        Point before = window.size();
        window.resize(1024, 700);
        try {
            FleetStatusBot view = studio.fleetStatus();
            ComboBot combo = studio.bot().comboWithId("fleetStatus.server");
            String whole = name + " (" + server.url() + ")";
            assertEquals(whole, combo.getText());
            assertEquals(whole, combo.tooltip(), "the tooltip holds the whole text");
            int needed = combo.syncExec(c -> c.computeSize(SWT.DEFAULT, SWT.DEFAULT).x);
            studio.bot().waitUntil(Condition.of("the combo wide enough for '" + whole + "' (" + needed + " px)",
                    () -> combo.syncExec(c -> c.getSize().x) >= needed));
            assertTrue(view.status().contains("group"), view.status());
            studio.bot().captureScreenshot(Path.of("target", "fleet-status-1024x700.png"));
        } finally {
            window.resize(before.x, before.y);
        }
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
