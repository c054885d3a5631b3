package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.simulation.ui.layout.PathGraph;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.ui.Studio;
import org.agentproxy.ui.tests.bots.ConnectionPathsBot;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 §7 in the Connection Paths view: the https-required outcome of a feature that goes through the Global
 * Smart Protection Service proxy to an HTTP integrated SPS; both rules of an attempt R7 stopped; the warnings of a
 * scenario that names hosts the policy does not.
 */
class SimulationFidelityUiTest extends StudioTestSupport {

    private static final String PML = "predictive-machine-learning";
    private static final String VIEW = "org.agentproxy.simulation.ui.connectionPaths";
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;

    @AfterEach
    void resetTheScenario() {
        studio.bot().syncExec(() -> {
            Studio.activePolicy().revert();
            return null;
        });
        studio.bot().buttonWithId("connectionPaths.reset").click();
        studio.closeView(VIEW);
    }

    @Test
    void anHttpIntegratedSpsBehindTheGlobalProxyShowsHttpsRequired() throws Exception {
        ConnectionPathsBot paths = studio.connectionPaths();
        paths.waitForOutcome(PML, 1, "failed: unreachable");
        studio.bot().syncExec(() -> {
            Studio.activePolicy().change("The integrated SPS on HTTP, no bypass list", p -> {
                List<SpsSource> standard = new ArrayList<>(p.smartProtectionSources().standardList());
                SpsSource integrated = standard.get(0);
                standard.set(0, new SpsSource(integrated.host(), integrated.port(), SpsProtocol.HTTP, true));
                return p.withBypassList(List.of()).withSmartProtectionSources(new SmartProtectionSources(standard,
                        p.smartProtectionSources().customLists()));
            });
            return null;
        });

        paths.waitForOutcome(PML, 1, "failed: https-required");
        assertEquals("global-sps (proxy.corp.example:8080)", paths.attemptIds(PML, 1)[2]);
        assertEquals("osce.corp.example:4345", paths.attemptIds(PML, 1)[3]);
        assertEquals("R5", paths.attemptIds(PML, 1)[5]);
        assertEquals("ok", paths.attemptIds(PML, 2)[4]);
        assertTrue(paths.attempt(PML, 1)[4].toLowerCase().contains("https"), paths.attempt(PML, 1)[4]);
        assertTrue(paths.graph().boxes().stream().anyMatch(b -> b.status() == PathGraph.Status.FAILED
                && b.tooltip() != null && b.tooltip().contains("https-required")), "the diagram shows the failure");
        paths.showAttempt(PML, 1);
        screenshot("connection-paths-https-required.png");
    }

    @Test
    void anAttemptStoppedByR7ShowsTheRuleThatRoutedIt() throws Exception {
        ConnectionPathsBot paths = studio.connectionPaths();
        paths.waitForOutcome("configuration", 1, "ok");
        // the shipped IPv6-only agent: sps1 is IPv4-only, and the bypass list sends it direct
        paths.chooseSample(ConnectionPathsSamplesTest.IPV6);

        studio.bot().waitUntil(Condition.of("the IPv6-only agent cannot reach the IPv4-only sps1",
                () -> paths.attemptIds("file-reputation", 2) != null
                        && "R3, R7".equals(paths.attemptIds("file-reputation", 2)[5])));
        String shown = paths.attempt("file-reputation", 2)[5];
        assertTrue(shown.startsWith("R3 \u00b7 ") && shown.contains(", stopped by R7 \u00b7 "), shown);
        assertTrue(paths.graph().edges().stream().anyMatch(e -> e.label().contains("R3, R7")),
                "the diagram's edge names both rules");
        paths.showAttempt("file-reputation", 2);
        screenshot("connection-paths-r7.png");
    }

    @Test
    void aScenarioNamingHostsThePolicyDoesNotIsWarnedAbout() throws Exception {
        Path scenario = dir.resolve("typo.json");
        Files.writeString(scenario, """
                {"format": "agentproxy-scenario/1", "name": "A typing error",
                 "agent": {"id": "hq-ws-0001", "ip": "10.10.9.42",
                           "gateway": {"ip": "10.10.0.1", "mac": "00:1a:2b:3c:4d:5e"}},
                 "world": {"hosts": {"sps1.corp.exmaple": {"reachable": false}}}}
                """);
        ConnectionPathsBot paths = studio.connectionPaths();
        chooser.answer(scenario);
        paths.loadScenario();

        studio.bot().waitUntil(Condition.of("the warning is shown",
                () -> paths.status().contains("Scenario warning: world.hosts.\"sps1.corp.exmaple\": the policy names "
                        + "no such host, so the entry is not used.")));
        assertTrue(paths.status().contains("hq-ws-0001"), paths.status());
        screenshot("connection-paths-warning.png");
    }

    /** The Connection Paths view maximized, saved under target/screenshots (to look at what the view shows). */
    private void screenshot(String name) throws Exception {
        Path png = Files.createDirectories(SHOTS).resolve(name);
        studio.bot().syncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.setPartState(page.findViewReference(VIEW), IWorkbenchPage.STATE_MAXIMIZED);
            return null;
        });
        try {
            studio.bot().captureScreenshot(png);
        } finally {
            studio.bot().syncExec(() -> {
                IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
                page.setPartState(page.findViewReference(VIEW), IWorkbenchPage.STATE_RESTORED);
                return null;
            });
        }
    }
}
