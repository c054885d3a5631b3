package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.testing.bot.Conditions;
import org.agentproxy.ui.tests.bots.DeployWizardBot;
import org.agentproxy.ui.tests.bots.DeploymentsViewBot;
import org.agentproxy.ui.tests.bots.ServersBot;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Password rotation from the studio against a real policy server on loopback: the policy deployed there is the one
 * open, only a password changes in the editor; the Deploy wizard's plan says that password changes (and the other
 * not), the deployment sends only the values, and an agent receives the new one.
 */
class PasswordRotationUiTest extends EditorTestSupport {

    private static final String GROUP = "hq";
    private static final String NAME = "Headquarters (rotation)";
    private static final SecretRef INTERNAL = new SecretRef("internalAgents.server.password");
    private static final SecretRef EXTERNAL = new SecretRef("externalAgents.systemProxyCredentials.password");

    @TempDir
    Path data;
    @TempDir
    Path journal;
    PolicyServerFixture server;
    String agentToken;
    /** Made up per run: compared, never printed. */
    final String old = "old-" + Long.toHexString(System.nanoTime());
    final String rotated = "new-" + Long.toHexString(System.nanoTime());

    @BeforeEach
    void deployTheOpenPolicyWithItsPasswords() throws Exception {
        System.setProperty("agentproxy.deployment.journal", journal.toString());
        for (SecretRef ref : List.of(INTERNAL, EXTERNAL)) {
            SECRETS.put(PolicyId.of(file), ref, old.toCharArray());
        }
        saveVersion(onDisk().withName(NAME)); // its own name: the view lists other tests' deployments too
        server = new PolicyServerFixture(data);
        agentToken = server.createGroup(GROUP);
        server.putSecrets(GROUP, Map.of(INTERNAL.key(), old, EXTERNAL.key(), old));
        server.deploy(GROUP, onDisk(), 0);
    }

    @AfterEach
    void stopServer() throws Exception {
        studio.bot().syncExec(() -> { // leave the workbench as the other tests expect it
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            var view = page.findView("org.agentproxy.deployment.ui.deployments");
            if (view != null) {
                page.hideView(view);
            }
            return null;
        });
        server.close();
        for (SecretRef ref : List.of(INTERNAL, EXTERNAL)) {
            SECRETS.remove(PolicyId.of(file), ref);
        }
    }

    @Test
    void aPasswordChangedInTheEditorIsPlannedAsAChangeAndReachesTheAgentsWithoutANewVersion() throws Exception {
        ServersBot servers = studio.servers();
        servers.add("Rotation test server", server.url(), server.adminToken());
        servers.applyAndClose();
        editor.page("Internal Agents").set(INTERNAL.key(), rotated);
        editor.save();

        DeployWizardBot wizard = studio.deployWizard().checkTarget(GROUP, server.url()).next();
        List<List<String>> plan = wizard.plan();
        assertEquals(List.of(List.of("hq (v1)", "policy up to date: only passwords change", "", ""),
                List.of("hq (v1)", INTERNAL.key(), "(password, not shown)", "changed"),
                List.of("hq (v1)", EXTERNAL.key(), "(password, not shown)", "unchanged")), plan);
        studio.bot().waitUntil(Conditions.widgetIsEnabled(wizard.shell().bot().button("Next >")));
        String shots = System.getProperty("agentproxy.docshots", "");
        if (shots.startsWith("/")) { // only when taking the documentation's screenshots
            studio.bot().captureScreenshot(Path.of(shots, "deploy-wizard-plan-rotation.png"));
        }
        String summary = wizard.next().next().summary();
        assertTrue(summary.contains("hq on " + server.url() + " — version 1 kept, 1 password changes: only the "
                + "values are sent"), summary);
        wizard.finish();

        DeploymentsViewBot view = studio.deployments();
        view.select(view.waitForStatus("deploy \"" + NAME + "\"", "Succeeded"));
        assertEquals("Passwords updated", view.target(0, 1));
        assertTrue(view.target(0, 5).contains("the password of " + INTERNAL.key() + " (changed)"), view.target(0, 5));
        assertEquals(1, server.versions(GROUP).get("current").asLong(), "no new policy version");
        var agent = server.agentPolicy(GROUP, agentToken).path("secrets");
        assertTrue(rotated.equals(agent.path(INTERNAL.key()).asText()), "the agent receives the new password");
        assertTrue(old.equals(agent.path(EXTERNAL.key()).asText()), "the other password stays");
        assertFalse(plan.toString().contains(rotated) || summary.contains(rotated), "the wizard shows no value");
    }
}
