package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.agentproxy.ui.tests.bots.ConnectionPathsBot;
import org.agentproxy.ui.tests.bots.FleetImpactBot;
import org.agentproxy.ui.tests.bots.PolicyExplorerBot;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * Not a test: when run with {@code -Dagentproxy.docshots=DIR} it saves a screenshot of each editor page and view
 * for the user guide ({@code docs/images}): the studio's window only, at 1024×700 (the smallest window the studio is
 * made for, {@link LayoutTest}), so that the guide shows what an administrator sees there. Skipped otherwise.
 */
class DocumentationScreenshots extends EditorTestSupport {

    private static final String DIR = System.getProperty("agentproxy.docshots");

    private org.eclipse.swt.graphics.Point sizeBefore;

    @org.junit.jupiter.api.BeforeEach
    void windowAt1024x700() throws Exception {
        // the copy under an administrator's file name, not the test method's (the editor's tab and the status line)
        Path named = file.resolveSibling("headquarters.json");
        java.nio.file.Files.copy(file, named);
        file = named;
        chooser.answer(file);
        studio.openPolicy(file.getFileName().toString());
        editor = studio.editor();
        sizeBefore = studio.window().size();
        studio.window().resize(LayoutTest.WIDTH, LayoutTest.HEIGHT);
    }

    @org.junit.jupiter.api.AfterEach
    void windowAsBefore() {
        studio.window().resize(sizeBefore.x, sizeBefore.y);
    }

    /** The studio's window, not the screen around it. */
    private void shot(Path png) {
        studio.window().captureScreenshot(png);
    }

    @Test
    void screenshotsOfEveryPage() throws Exception {
        // unset, the property reaches the test as "null" (or "${...}"): take no screenshots then
        assumeTrue(DIR != null && !DIR.isBlank() && !DIR.startsWith("$") && !"null".equals(DIR), "set -Dagentproxy.docshots=DIR to take the user guide's screenshots");
        shoot("Internal Agents", "page-internal-agents.png");
        shoot("External Agents", "page-external-agents.png");
        var features = editor.page("Global Smart Protection Service").table("globalSmartProtection.features");
        features.select(features.rowWithCell(0, "Sandbox Analysis   (sandbox-analysis)")); // its settings below
        editorMaximized(() -> shoot("Global Smart Protection Service", "page-global-sps.png"));
        shoot("User Proxy Privilege", "page-privilege.png");
        explorerShots();
        shoot("Agent Connectivity", "page-connectivity.png");
        studio.bot().cTabItem("History").activate();
        shot(Path.of(DIR, "view-history.png"));
        ConnectionPathsBot paths = studio.connectionPaths();
        paths.waitForOutcome("predictive-machine-learning", 2, "ok");
        maximized("org.agentproxy.simulation.ui.connectionPaths",
                () -> shot(Path.of(DIR, "view-connection-paths.png")));
        saveVersion(null);                               // version #1: the sample
        saveVersion(FleetImpactViewTest.next());         // version #2: the edits of sample-policy-next.json
        FleetImpactBot impact = studio.fleetImpact().compareWithVersion(1);
        impact.waitForCounts("configuration", "2", "4", "0", "1");
        impact.clickBar("configuration", "changed");   // the agents of that bar, before and after
        maximized("org.agentproxy.simulation.ui.fleetImpact",
                () -> shot(Path.of(DIR, "view-fleet-impact.png")));
        studio.closeView("org.agentproxy.simulation.ui.fleetImpact");
        studio.closeView("org.agentproxy.simulation.ui.connectionPaths");
    }

    /** The explorer with a search, and a row cut off with its tooltip; the privilege page's filtered agent tree. */
    private void explorerShots() {
        PolicyExplorerBot explorer = studio.explorer();
        explorer.search("proxy.corp", java.util.List.of("Internal agents", "Proxy to the OfficeScan server", "Host",
                "Proxy to Smart Protection Servers", "Host", "External agents", "Server update proxy (to ActiveUpdate)",
                "Host", "Global Smart Protection Service proxy", "Proxy", "Host"));
        shot(Path.of(DIR, "explorer-search.png"));
        explorer.clearSearch();
        editor.page("Agent Connectivity").set("automaticProxy.pacUrl",
                "http://wpad.corp.example/proxy-configuration/headquarters/all-agents.pac");
        explorer.hover("Related settings", "Automatic proxy");
        shot(Path.of(DIR, "explorer-tooltip.png"));
        explorer.hoverTooltip("Related settings", "Automatic proxy");  // closes it
        studio.revert();
        editor.page("User Proxy Privilege").agentTree().filter("lab",
                java.util.List.of("OfficeScan Server", "Headquarters", "hq-lab-0042"));
        shot(Path.of(DIR, "page-privilege-filter.png"));
        editor.page("User Proxy Privilege").agentTree().filter("", java.util.List.of("OfficeScan Server",
                "Headquarters", "hq-ws-0001", "hq-lab-0042", "Branch Lyon", "Field Sales"));
    }

    @Test
    void screenshotOfProblemsInAnAdministratorsWords() {
        assumeTrue(DIR != null && !DIR.isBlank() && !DIR.startsWith("$") && !"null".equals(DIR), "set -Dagentproxy.docshots=DIR to take the user guide's screenshots");
        editor.page("Internal Agents").set("internalAgents.server.host", "proxy corp.example")
                .set("internalAgents.server.port", "70000").set("internalAgents.smartProtection.host", "sps_proxy");
        studio.problems();
        shot(Path.of(DIR, "problems-in-words.png"));
    }

    private void maximized(String viewId, Runnable action) {
        studio.bot().syncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.setPartState(page.findViewReference(viewId), IWorkbenchPage.STATE_MAXIMIZED);
            return null;
        });
        action.run();
        studio.bot().syncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.setPartState(page.findViewReference(viewId), IWorkbenchPage.STATE_RESTORED);
            return null;
        });
    }

    /** With the editor maximized, so that a long page shows whole. */
    private void editorMaximized(Runnable action) {
        for (int state : new int[] {IWorkbenchPage.STATE_MAXIMIZED, IWorkbenchPage.STATE_RESTORED}) {
            studio.bot().syncExec(() -> {
                IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
                page.setPartState(page.getReference(page.getActiveEditor()), state);
                return null;
            });
            if (state == IWorkbenchPage.STATE_MAXIMIZED) {
                action.run();
            }
        }
    }

    private void shoot(String page, String file) {
        editor.page(page);
        shot(Path.of(DIR, file));
    }
}
