package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.proxy.LoopbackTarget;
import org.agentproxy.testing.proxy.TinyProxy;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Test Connection on the Internal Agents page, through a real tinyproxy with Basic authentication on loopback. */
class ConnectionTestUiTest extends EditorTestSupport {

    private static final String RESULT = "internalAgents.server.test";

    private TinyProxy proxy;
    private LoopbackTarget target;

    @BeforeEach
    void startProxyAndTarget() throws Exception {
        TinyProxy.assumeInstalled();
        proxy = TinyProxy.start(Files.createDirectories(dir.resolve("tinyproxy")), "agent", "right-pass");
        target = LoopbackTarget.silent();
        ScopePageBot connectivity = editor.page("Agent Connectivity");
        connectivity.set("server.host", "127.0.0.1").set("server.port", String.valueOf(target.port()));
        editor.page("Internal Agents").set("internalAgents.server.host", "127.0.0.1")
                .set("internalAgents.server.port", String.valueOf(proxy.port()))
                .set("internalAgents.server.user", "agent");
    }

    @AfterEach
    void stopProxyAndTarget() throws Exception {
        if (target != null) {
            target.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void theRightPasswordOpensTheTunnelToTheServer() {
        ScopePageBot page = editor.page("Internal Agents");
        page.set("internalAgents.server.password", "right-pass");

        String result = test(page);

        assertTrue(result.contains("tunnel established"), result);
        assertTrue(target.wasReached(), "the loopback server was not reached through the proxy");
    }

    @Test
    void aWrongPasswordIsReportedAsRejectedCredentials() {
        ScopePageBot page = editor.page("Internal Agents");
        page.set("internalAgents.server.password", "wrong-pass");

        String result = test(page);

        assertTrue(result.contains("proxy rejected the user name or password"), result);
        assertTrue(result.contains("Basic"), result);
    }

    private String test(ScopePageBot page) {
        page.button("internalAgents.server", "test");
        studio.bot().waitUntil(Condition.of("the connection test to finish", () -> {
            String text = studio.bot().labelWithId(RESULT).getText();
            return text.contains(" ms");
        }));
        return studio.bot().labelWithId(RESULT).getText();
    }
}
