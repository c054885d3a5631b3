package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.testing.bot.Conditions;
import org.agentproxy.ui.Studio;
import org.agentproxy.ui.tests.bots.AgentTokenBot;
import org.agentproxy.ui.tests.bots.DeployWizardBot;
import org.agentproxy.ui.tests.bots.DeploymentsViewBot;
import org.agentproxy.ui.tests.bots.ServersBot;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * The Deploy wizard never dead-ends (no server: a link to add one; no group: Create Group…), Return in the inventory
 * field does not finish it, the marked canary shows on every page and goes first, a first deployment's impact says
 * why nothing is counted, and the Deployments view says outcomes in words — against a real policy server on loopback.
 */
class DeployWizardGuidanceUiTest extends StudioTestSupport {

    private static final String SERVER_NAME = "Wizard test server";
    private static final String POLICY = "Canary walk-through";
    private static final List<SecretRef> PASSWORDS = List.of(new SecretRef("internalAgents.server.password"),
            new SecretRef("externalAgents.systemProxyCredentials.password"));

    @TempDir
    Path data;
    @TempDir
    Path journal;
    @TempDir
    Path dir;
    PolicyServerFixture server;

    @BeforeEach
    void startServer() throws Exception {
        System.setProperty("agentproxy.deployment.journal", journal.toString());
        DeployTestServers.clear();
        for (SecretRef ref : PASSWORDS) {
            SECRETS.put(PolicyId.of(samplePath()), ref, ("wizard-" + System.nanoTime()).toCharArray());
        }
        server = new PolicyServerFixture(data);
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
        DeployTestServers.clear();
        for (SecretRef ref : PASSWORDS) {
            SECRETS.remove(PolicyId.of(samplePath()), ref);
        }
    }

    private Path fleet() throws Exception {
        Path fleet = dir.resolve("fleet.csv");
        try (InputStream in = FrameworkUtil.getBundle(getClass()).getEntry("data/fleet.csv").openStream()) {
            Files.copy(in, fleet);
        }
        return fleet;
    }

    @Test
    void withNoServerTheWizardLinksToTheServersPageAndWithNoGroupOffersCreateGroup() throws Exception {
        DeployWizardBot wizard = studio.deployWizard();
        wizard.waitForTargetsStatus("No policy server is configured yet");
        docshot("deploy-wizard-no-server.png");

        ServersBot servers = wizard.addServer();
        servers.add(SERVER_NAME, server.url(), server.adminToken()).applyAndClose();
        wizard.waitForTargetsStatus("No agent group on the configured servers yet: Create Group… makes one");

        AgentTokenBot token = wizard.createGroup().name("hq").create();
        assertTrue(token.token().startsWith("apg_"));
        token.close();
        wizard.checkTarget("hq", server.url());
        assertEquals("canary", wizard.role("hq", server.url()), "the only target is the canary");
        assertEquals(200, server.groupStatus("hq"));
        wizard.shell().bot().button("Cancel").click();
        studio.bot().waitUntil(Conditions.shellCloses(wizard.shell()));
    }

    @Test
    void returnInTheInventoryFieldAppliesItAndAFirstDeploymentSaysWhyNoAgentIsCounted() throws Exception {
        server.createGroup("hq");
        studio.servers().add(SERVER_NAME, server.url(), server.adminToken()).applyAndClose();
        DeployWizardBot wizard = studio.deployWizard().checkTarget("hq", server.url()).next();
        wizard.plan();
        studio.bot().waitUntil(Conditions.widgetIsEnabled(wizard.shell().bot().button("Next >")));
        wizard.next();
        Path fleet = fleet();

        wizard.typeInventoryAndPressReturn(fleet.toString());

        wizard.waitForImpactStatus("Nothing to compare at hq: nothing is deployed there yet, so the 7 agents of "
                + "fleet.csv get their first policy and have no path to lose.");
        assertTrue(wizard.shell().isOpen(), "Return did not finish the wizard");
        assertEquals("Fleet Impact", wizard.pageTitle(), "Return did not go to the next page either");
        assertEquals(fleet.toAbsolutePath().toString(), InstanceScope.INSTANCE.getNode("org.agentproxy.deployment.ui")
                .get("impact.inventory", ""), "the typed inventory is remembered");
        assertEquals(0, server.versions("hq").get("current").asLong(), "nothing was deployed");
        docshot("deploy-wizard-first-deploy.png");
        wizard.shell().bot().button("Cancel").click();
        studio.bot().waitUntil(Conditions.shellCloses(wizard.shell()));
    }

    @Test
    void theMarkedCanaryShowsOnEveryPageGoesFirstAndTheViewSaysOutcomesInWords() throws Exception {
        server.createGroup("hq");
        server.createGroup("lab");
        for (String group : List.of("hq", "lab")) { // something to roll back to
            server.deploy(group, PolicyCodec.read(samplePath()).withName("Before the canary"), 0);
        }
        studio.servers().add(SERVER_NAME, server.url(), server.adminToken()).applyAndClose();
        // a name of its own: the Deployments view keeps this session's runs, and other tests look for theirs
        studio.bot().syncExec(() -> {
            Studio.activePolicy().change("Name the canary walk-through", p -> p.withName(POLICY));
            return null;
        });
        try {
            deployWithTheMarkedCanary();
        } finally {
            studio.bot().syncExec(() -> {
                Studio.activePolicy().revert();
                return null;
            });
        }
    }

    private void deployWithTheMarkedCanary() throws Exception {
        DeployWizardBot wizard = studio.deployWizard().checkTarget("hq", server.url()).checkTarget("lab", server.url());
        assertEquals("canary", wizard.role("hq", server.url()), "the first checked until another is marked");

        wizard.markCanary("lab", server.url());

        assertEquals("canary", wizard.role("lab", server.url()));
        assertEquals("", wizard.role("hq", server.url()));
        docshot("deploy-wizard-targets.png");
        String line = "Canary: lab on " + server.url() + " — deployed first; if it fails, the other 1 target is not "
                + "touched";
        wizard.next().plan();
        assertEquals(line, wizard.canaryLine("plan"));
        studio.bot().waitUntil(Conditions.widgetIsEnabled(wizard.shell().bot().button("Next >")));
        wizard.next();
        assertEquals(line, wizard.canaryLine("impact"));
        String summary = wizard.next().summary();
        assertEquals(line, wizard.canaryLine("confirm"));
        assertTrue(summary.contains("1. canary: lab on " + server.url()), summary);
        assertTrue(summary.contains("2. hq on " + server.url()), summary);
        wizard.finish();

        DeploymentsViewBot view = studio.deployments();
        int row = view.waitForStatus("deploy \"" + POLICY + "\"", "Succeeded");
        assertEquals("lab deployed, hq deployed", view.cell(row, 4), "the canary went first");
        view.select(row);
        assertEquals("lab@" + server.url(), view.target(0, 0));
        assertEquals("Deployed", view.target(0, 1));
        assertEquals("Deployed", view.target(1, 1));
        String deploymentId = view.cell(row, 0);
        view.rollback();
        int rolledBack = view.waitForStatus("rollback of " + deploymentId, "Succeeded");
        view.select(rolledBack);
        assertEquals(List.of("Rolled back", "Rolled back"), List.of(view.target(0, 1), view.target(1, 1)));
    }

    private void docshot(String file) {
        String dirs = System.getProperty("agentproxy.docshots");
        if (dirs != null && !dirs.isBlank() && !dirs.startsWith("$") && !dirs.equals("null")) {
            studio.bot().captureScreenshot(Path.of(dirs, file));
        }
    }
}
