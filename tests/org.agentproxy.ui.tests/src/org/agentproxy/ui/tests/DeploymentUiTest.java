package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.agentproxy.ui.tests.bots.DeployWizardBot;
import org.agentproxy.ui.tests.bots.DeploymentsViewBot;
import org.agentproxy.ui.tests.bots.ServersBot;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Deployment UI against a real policy server on loopback: configure it (token into the secret store), deploy the
 * open policy with the wizard (plan shows the field-by-field diff), watch it in the Deployments view, roll it back.
 */
class DeploymentUiTest extends StudioTestSupport {

    private static final String GROUP = "hq";

    @TempDir
    Path data;
    @TempDir
    Path journal;
    PolicyServerFixture server;
    Policy before;

    @BeforeEach
    void startServerWithAVersion() throws Exception {
        // this test's own client journal (the view reads the property whenever it refreshes)
        System.setProperty("agentproxy.deployment.journal", journal.toString());
        server = new PolicyServerFixture(data);
        server.createGroup(GROUP);
        before = PolicyCodec.read(samplePath()).withName("Headquarters (before)")
                .withServer(new HostPort("osce-old.corp.example", 4343));
        server.deploy(GROUP, before, 0);
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
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
        docshot("wizard-plan.png", false);
        String summary = wizard.next().summary();
        assertTrue(summary.contains("canary: hq"), summary);
        wizard.finish();

        DeploymentsViewBot view = studio.deployments();
        int deployed = view.waitForStatus("deploy \"Headquarters\"", "SUCCEEDED");
        view.select(deployed);
        assertEquals("DEPLOYED", view.target(0, 1));
        assertEquals("1", view.target(0, 2));
        assertEquals("2", view.target(0, 3));
        assertEquals(2, server.versions(GROUP).get("current").asLong());
        assertEquals("Headquarters", server.current(GROUP).name());

        String deploymentId = view.cell(deployed, 0);

        view.rollback();

        int rolledBack = view.waitForStatus("rollback of " + deploymentId, "SUCCEEDED");
        view.select(rolledBack);
        assertEquals("ROLLED_BACK", view.target(0, 1));
        JsonNode versions = server.versions(GROUP);
        assertEquals(3, versions.get("current").asLong());
        JsonNode last = versions.get("versions").get(2);
        assertEquals("rollback", last.get("action").asText());
        assertEquals(1, last.get("rollbackOf").asLong());
        assertEquals(before, server.current(GROUP));
        view.select(view.waitForStatus("deploy \"Headquarters\"", "SUCCEEDED"));
        docshot("view-deployments.png", true);
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
