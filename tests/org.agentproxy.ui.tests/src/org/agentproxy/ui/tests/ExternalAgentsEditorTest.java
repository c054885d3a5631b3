package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.junit.jupiter.api.Test;

/** External Agents page: system proxy credentials and the server's own update proxy. */
class ExternalAgentsEditorTest extends EditorTestSupport {

    private static final String PAGE = "External Agents";
    private static final String PAGE_ID = "org.agentproxy.scope.external.page";

    @Test
    void everyFieldIsSavedAndBackAfterReopening() throws Exception {
        ScopePageBot page = editor.page(PAGE);
        page.set("externalAgents.systemProxyCredentials.user", "roaming2");
        page.combo("externalAgents.serverUpdateProxy.protocol").select("SOCKS4 (user id, no password)");
        page.set("externalAgents.serverUpdateProxy.host", "socks.corp.example")
                .set("externalAgents.serverUpdateProxy.port", "1080")
                .set("externalAgents.serverUpdateProxy.user", "osce-server");

        editor.save();
        ScopePageBot reopened = closeAndReopen().page(PAGE);

        assertEquals("roaming2", reopened.text("externalAgents.systemProxyCredentials.user").getText());
        assertEquals("SOCKS4 (user id, no password)",
                reopened.combo("externalAgents.serverUpdateProxy.protocol").getText());
        assertEquals("socks.corp.example", reopened.text("externalAgents.serverUpdateProxy.host").getText());
        assertEquals("1080", reopened.text("externalAgents.serverUpdateProxy.port").getText());
        Policy saved = onDisk();
        assertEquals(ProxyProtocol.SOCKS4, saved.externalAgents().serverUpdateProxy().protocol());
        assertEquals("osce-server", saved.externalAgents().serverUpdateProxy().user());
    }

    @Test
    void anInvalidHostIsReportedOnThePage() {
        ScopePageBot page = editor.page(PAGE);

        page.set("externalAgents.serverUpdateProxy.host", "dmz proxy");

        assertTrue(page.status(PAGE_ID).contains(
                "External Agents \u203A Server update proxy \u203A Host: contains a space (\"dmz proxy\")"),
                page.status(PAGE_ID));
    }
}
