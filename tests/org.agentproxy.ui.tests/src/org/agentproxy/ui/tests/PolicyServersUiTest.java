package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.ui.tests.bots.AgentTokenBot;
import org.agentproxy.ui.tests.bots.CreateGroupBot;
import org.agentproxy.ui.tests.bots.PolicyServersBot;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Policy Servers view against a real policy server on loopback: create a group (its token shown once, Copy puts
 * it on the clipboard), issue a new token (the old one stops working), delete the group.
 */
class PolicyServersUiTest extends StudioTestSupport {

    private static final String SERVER_NAME = "Groups test server";

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
        server.close();
        DeployTestServers.clear();
    }

    @Test
    void createsAGroupIssuesItANewTokenAndDeletesIt() throws Exception {
        studio.servers().add(SERVER_NAME, server.url(), server.adminToken()).applyAndClose();
        String node = SERVER_NAME + " — " + server.url();
        PolicyServersBot view = studio.policyServers();
        view.waitForChild(node, "No agent groups yet: Create Group… makes one.").selectServer(node);

        CreateGroupBot create = view.createGroup();
        create.name("-lyon");
        assertFalse(create.canCreate(), "a name the server refuses cannot be sent");
        assertEquals("Group name: \"-lyon\" is not valid: 1-64 letters, digits, '.', '_' or '-', starting with a "
                + "letter or digit.", create.errorMessage());
        AgentTokenBot created = create.name("branch-lyon").create();
        String first = created.token();
        assertTrue(first.startsWith("apg_"), "an agent token");
        assertFalse(created.tokenIsEditable());
        assertTrue(created.message().contains("It is shown only now"), created.message());
        docshot("agent-token-dialog.png");
        assertEquals(first, created.copy(), "Copy puts the token on the clipboard");
        created.close();
        assertEquals(404, server.agentStatus("branch-lyon", first), "the token is accepted: no policy yet");
        view.waitForChild(node, "branch-lyon — no policy yet");

        AgentTokenBot issued = view.selectGroup(node, "branch-lyon — no policy yet").issueAgentToken();
        String second = issued.token();
        assertNotEquals(first, second);
        issued.close();
        assertEquals(403, server.agentStatus("branch-lyon", first), "the old token stops working");
        assertEquals(404, server.agentStatus("branch-lyon", second));

        server.deploy("branch-lyon", PolicyCodec.read(samplePath()), 0);
        view.refresh().waitForChild(node, "branch-lyon — version 1");
        docshotMaximized("policy-servers-view.png");
        PolicyServersBot.ConfirmBot confirm = view.selectGroup(node, "branch-lyon — version 1").deleteGroup();
        assertTrue(confirm.message().contains("It holds version 1. Its agents will get \"unknown group\" (HTTP 404)"),
                confirm.message());
        confirm.press("Delete");

        view.waitForNoChild(node, "branch-lyon — version 1");
        assertEquals(404, server.groupStatus("branch-lyon"));
        assertEquals(404, server.agentStatus("branch-lyon", second));
    }

    /** The screenshot with the Policy Servers view maximized, then restored. */
    private void docshotMaximized(String file) {
        setViewState(IWorkbenchPage.STATE_MAXIMIZED);
        try {
            docshot(file);
        } finally {
            setViewState(IWorkbenchPage.STATE_RESTORED);
        }
    }

    private void setViewState(int state) {
        if (System.getProperty("agentproxy.docshots") == null) {
            return;
        }
        studio.bot().syncExec(() -> {
            IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
            page.setPartState(page.findViewReference("org.agentproxy.deployment.ui.policyServers"), state);
            return null;
        });
    }

    private void docshot(String file) {
        String dir = System.getProperty("agentproxy.docshots");
        if (dir != null && !dir.isBlank() && !dir.startsWith("$") && !dir.equals("null")) {
            studio.bot().captureScreenshot(Path.of(dir, file));
        }
    }
}
