package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.testing.bot.Conditions;
import org.agentproxy.ui.Studio;
import org.agentproxy.ui.tests.bots.DeployWizardBot;
import org.agentproxy.ui.tests.bots.DeploymentsViewBot;
import org.agentproxy.ui.tests.bots.ServersBot;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Deployment UI against a real policy server on loopback: configure it (token into the secret store), deploy the
 * open policy with the wizard (plan shows the field-by-field diff), watch it in the Deployments view, roll it back.
 */
class DeploymentUiTest extends StudioTestSupport {

    private static final String GROUP = "hq";
    /** The secrets the sample policy refers to. */
    private static final List<SecretRef> PASSWORDS = List.of(new SecretRef("internalAgents.server.password"),
            new SecretRef("externalAgents.systemProxyCredentials.password"));

    @TempDir
    Path data;
    @TempDir
    Path journal;
    @TempDir
    Path dir;
    PolicyServerFixture server;
    String agentToken;
    Policy before;
    /** Made up per run: compared, never printed. */
    final String password = "ui-" + Long.toHexString(System.nanoTime());

    @BeforeEach
    void startServerWithAVersion() throws Exception {
        // this test's own client journal (the view reads the property whenever it refreshes)
        System.setProperty("agentproxy.deployment.journal", journal.toString());
        InstanceScope.INSTANCE.getNode("org.agentproxy.deployment.ui").remove("impact.inventory");
        for (SecretRef ref : PASSWORDS) {
            SECRETS.put(PolicyId.of(samplePath()), ref, password.toCharArray());
        }
        server = new PolicyServerFixture(data);
        agentToken = server.createGroup(GROUP);
        before = PolicyCodec.read(samplePath()).withName("Headquarters (before)")
                .withServer(new HostPort("osce-old.corp.example", 4343));
        server.deploy(GROUP, before, 0);
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
        for (SecretRef ref : PASSWORDS) {
            SECRETS.remove(PolicyId.of(samplePath()), ref);
        }
        InstanceScope.INSTANCE.getNode("org.agentproxy.deployment.ui").remove("impact.inventory");
    }

    @Test
    void theWizardDeploysTheOpenPolicyAndTheViewRollsItBack() throws Exception {
        ServersBot servers = studio.servers();
        servers.add("Loopback test server", server.url(), server.adminToken());
        String tested = servers.test();
        assertTrue(tested.contains(GROUP + " (version 1)"), tested);
        assertTrue(!tested.contains(server.adminToken()), "the token must never show");
        servers.applyAndClose();

        DeployWizardBot wizard = studio.deployWizard().checkTarget(GROUP, server.url()).next();
        List<List<String>> plan = wizard.plan();
        assertTrue(plan.contains(List.of("hq (v1)", "name", "Headquarters (before)", "Headquarters")), plan.toString());
        assertTrue(plan.contains(List.of("hq (v1)", "server.host", "osce-old.corp.example",
                PolicyCodec.read(samplePath()).server().host())), plan.toString());
        studio.bot().waitUntil(Conditions.widgetIsEnabled(wizard.shell().bot().button("Next >")));
        docshot("deploy-wizard-plan.png", false);
        String noInventory = wizard.next().impactStatus();
        assertTrue(noInventory.startsWith("No inventory is set") && noInventory.contains("Browse..."), noInventory);
        String summary = wizard.next().summary();
        assertTrue(summary.contains("canary: hq"), summary);
        assertTrue(summary.contains("The policy refers to 2 passwords"), summary);
        wizard.finish();

        DeploymentsViewBot view = studio.deployments();
        int deployed = view.waitForStatus("deploy \"Headquarters\"", "Succeeded");
        view.select(deployed);
        assertEquals("Deployed", view.target(0, 1));
        assertEquals("1", view.target(0, 2));
        assertEquals("2", view.target(0, 3));
        assertEquals(2, server.versions(GROUP).get("current").asLong());
        assertEquals("Headquarters", server.current(GROUP).name());
        JsonNode agentView = server.agentPolicy(GROUP, agentToken);
        for (SecretRef ref : PASSWORDS) {
            assertTrue(password.equals(agentView.path("secrets").path(ref.key()).asText()),
                    "an agent receives the value of " + ref.key());
        }
        assertTrue(view.target(0, 5).contains("with the values of 2 secrets"), view.target(0, 5));

        String deploymentId = view.cell(deployed, 0);

        view.rollback();

        int rolledBack = view.waitForStatus("rollback of " + deploymentId, "Succeeded");
        view.select(rolledBack);
        assertEquals("Rolled back", view.target(0, 1));
        JsonNode versions = server.versions(GROUP);
        assertEquals(3, versions.get("current").asLong());
        JsonNode last = versions.get("versions").get(2);
        assertEquals("rollback", last.get("action").asText());
        assertEquals(1, last.get("rollbackOf").asLong());
        assertEquals(before, server.current(GROUP));
        assertFalse(view.canRollBack(), "a rollback cannot be rolled back");
        int original = view.waitForStatus("deploy \"Headquarters\" (rolled back by ", "Succeeded");
        view.select(original);
        assertFalse(view.canRollBack(), "a deployment rolled back already cannot be rolled back again");
        docshot("deployments-view.png", true);
    }

    @Test
    void theImpactPageWarnsThatTheIpv6OnlyAgentLosesConnectivityAndRemembersTheInventory() throws Exception {
        server.deploy(GROUP, PolicyCodec.read(samplePath()), 1);
        Policy next = FleetImpactViewTest.next();
        studio.bot().syncExec(() -> {
            Studio.activePolicy().change("Edit like sample-policy-next.json", p -> next);
            return null;
        });
        Path fleet = dir.resolve("fleet.csv");
        try (InputStream in = FrameworkUtil.getBundle(DeploymentUiTest.class).getEntry("data/fleet.csv").openStream()) {
            Files.copy(in, fleet);
        }
        try {
            ServersBot servers = studio.servers();
            servers.add("Impact test server", server.url(), server.adminToken());
            servers.applyAndClose();
            DeployWizardBot wizard = studio.deployWizard().checkTarget(GROUP, server.url()).next();
            wizard.plan();
            studio.bot().waitUntil(Conditions.widgetIsEnabled(wizard.shell().bot().button("Next >")));
            chooser.answer(fleet);
            wizard.next().browseInventory();

            wizard.waitForImpact(GROUP, "configuration", "2", "4", "0", "1");
            wizard.waitForImpact(GROUP, "server-update", "7", "0", "0", "0");
            assertEquals(List.of("hq lyon-ws-0008 configuration address-family",
                    "hq lyon-ws-0008 logs address-family", "hq lyon-ws-0008 component-update address-family"),
                    wizard.lostPaths());
            assertEquals("Warning: 1 agent loses connectivity at hq: lyon-ws-0008 (configuration, logs, "
                    + "component-update)", wizard.impactStatus());
            assertEquals(fleet.toAbsolutePath().toString(), InstanceScope.INSTANCE
                    .getNode("org.agentproxy.deployment.ui").get("impact.inventory", ""), "the inventory is remembered");
            docshot("deploy-wizard-impact.png", false);
            String summary = wizard.next().summary();
            assertTrue(summary.contains("Fleet impact: 1 agent loses connectivity at hq"), summary);
            wizard.shell().bot().button("Cancel").click();
            studio.bot().waitUntil(Conditions.shellCloses(wizard.shell()));

            DeployWizardBot again = studio.deployWizard().checkTarget(GROUP, server.url()).next();
            again.plan();
            studio.bot().waitUntil(Conditions.widgetIsEnabled(again.shell().bot().button("Next >")));
            again.next().waitForImpact(GROUP, "configuration", "2", "4", "0", "1");
            again.shell().bot().button("Cancel").click();
            studio.bot().waitUntil(Conditions.shellCloses(again.shell()));
        } finally {
            studio.bot().syncExec(() -> {
                Studio.activePolicy().revert();
                return null;
            });
        }
    }

    @Test
    void aRefusedTokenIsReportedAndTokensGoToTheSecretStoreNeverToPreferences() throws Exception {
        String wrong = "not-the-admin-token-" + System.nanoTime();
        ServersBot servers = studio.servers();
        servers.add("Server with a wrong token", server.url(), wrong);
        String tested = servers.test();
        assertTrue(tested.startsWith("Failed") && tested.contains("refused the admin token"), tested);
        servers.applyAndClose();

        Path prefs = Path.of(Platform.getInstanceLocation().getURL().getPath()).resolve(
                ".metadata/.plugins/org.eclipse.core.runtime/.settings/org.agentproxy.deployment.ui.prefs");
        String stored = Files.readString(prefs);
        assertTrue(stored.contains(server.url().replace(":", "\\:")) || stored.contains(server.url()),
                "the server's URL is a preference");
        assertFalse(stored.contains(wrong), "a token must never be in the preferences");
        boolean inSecretStore = false;
        PolicyId tokens = new PolicyId("deployment-servers");
        for (SecretRef ref : SECRETS.refs(tokens)) {
            char[] value = SECRETS.get(tokens, ref).orElseThrow();
            inSecretStore |= Arrays.equals(value, wrong.toCharArray());
            Arrays.fill(value, '\0');
        }
        assertTrue(inSecretStore, "the token is in the secret store");
    }

    /** With {@code -Dagentproxy.docshots=DIR}: a screenshot for docs/deployment.md. */
    private void docshot(String file, boolean maximizeDeployments) {
        String dir = System.getProperty("agentproxy.docshots");
        if (dir == null || dir.isBlank() || dir.startsWith("$") || dir.equals("null")) {
            return;
        }
        setDeploymentsViewState(maximizeDeployments ? IWorkbenchPage.STATE_MAXIMIZED : -1);
        studio.bot().captureScreenshot(Path.of(dir, file));
        setDeploymentsViewState(maximizeDeployments ? IWorkbenchPage.STATE_RESTORED : -1);
    }

    private void setDeploymentsViewState(int state) {
        if (state < 0) {
            return;
        }
        studio.bot().syncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            page.setPartState(page.findViewReference("org.agentproxy.deployment.ui.deployments"), state);
            return null;
        });
    }
}
