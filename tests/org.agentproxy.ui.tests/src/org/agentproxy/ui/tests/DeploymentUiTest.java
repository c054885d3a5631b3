package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.ui.tests.bots.DeployWizardBot;
import org.agentproxy.ui.tests.bots.DeploymentsViewBot;
import org.agentproxy.ui.tests.bots.ServersBot;
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
    PolicyServerFixture server;
    Policy before;

    @BeforeEach
    void startServerWithAVersion() throws Exception {
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
        docshot("wizard-plan.png");
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

        view.rollback();

        int rolledBack = view.waitForStatus("rollback of " + view.cell(deployed, 0), "SUCCEEDED");
        view.select(rolledBack);
        assertEquals("ROLLED_BACK", view.target(0, 1));
        JsonNode versions = server.versions(GROUP);
        assertEquals(3, versions.get("current").asLong());
        JsonNode last = versions.get("versions").get(2);
        assertEquals("rollback", last.get("action").asText());
        assertEquals(1, last.get("rollbackOf").asLong());
        assertEquals(before, server.current(GROUP));
        view.select(deployed);
        docshot("view-deployments.png");
    }

    /** With {@code -Dagentproxy.docshots=DIR}: a screenshot for docs/deployment.md. */
    private void docshot(String file) {
        String dir = System.getProperty("agentproxy.docshots");
        if (dir != null && !dir.isBlank() && !dir.startsWith("$")) {
            studio.bot().captureScreenshot(Path.of(dir, file));
        }
    }
}
