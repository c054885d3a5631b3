package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.deployment.ServerTrust;
import org.agentproxy.server.PolicyServer;
import org.agentproxy.server.ServerConfig;
import org.agentproxy.server.ServerTls;
import org.agentproxy.ui.tests.bots.ServersBot;
import org.agentproxy.ui.tests.bots.TrustCertificateBot;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Policy Servers page against a real policy server over HTTPS with a self-signed certificate: Test shows the
 * certificate's fingerprint and asks before trusting it; once trusted (and applied) it is stored for that server;
 * a server that then presents another certificate is refused with both fingerprints named.
 */
class TlsTrustUiTest extends StudioTestSupport {

    private static final String SERVER_NAME = "TLS test server";

    @TempDir
    Path data;
    PolicyServer server;
    String adminToken;

    @BeforeEach
    void startServer() throws Exception {
        DeployTestServers.clear();
        server = start(0);
        adminToken = Files.readString(data.resolve("admin-token")).strip();
    }

    private PolicyServer start(int port) throws Exception {
        return PolicyServer.start(ServerConfig.of(data).withPort(port).withTls(ServerTls.selfSigned(List.of())),
                line -> { });
    }

    @AfterEach
    void stopServer() throws Exception {
        ServerTrust.shared().unpin(server.uri());
        server.close();
        DeployTestServers.clear();
    }

    @Test
    void theFingerprintIsShownOnFirstContactTrustedOnlyWhenAskedAndAChangedCertificateIsRefused() throws Exception {
        String url = server.uri().toString();
        ServersBot page = studio.servers().add(SERVER_NAME, url, adminToken);

        TrustCertificateBot declined = page.testUntrusted();
        declined.cancel();
        String refused = page.result();
        TrustCertificateBot question = page.testUntrusted();
        String message = question.message();
        docshot(question);
        question.trust();
        String connected = page.result();
        String column = page.cell(0, 3);
        page.applyAndClose();

        assertTrue(message.contains(url) && message.contains("SHA-256 fingerprint:\n" + server.fingerprint()),
                message);
        assertTrue(refused.startsWith("Failed: the certificate of " + url), refused);
        assertTrue(connected.startsWith("Connected"), connected);
        assertEquals("trusted " + server.fingerprint().substring(0, 11) + "…", column);
        String id = InstanceScope.INSTANCE.getNode("org.agentproxy.deployment.ui").node("servers").childrenNames()[0];
        assertEquals(server.fingerprint(), InstanceScope.INSTANCE.getNode("org.agentproxy.deployment.ui")
                .node("servers").node(id).get("fingerprint", null), "stored per server");

        // the same address, a new certificate: refused, both fingerprints named
        String trusted = server.fingerprint();
        int port = server.port();
        server.close();
        Files.delete(data.resolve("tls/server-cert.pem"));
        Files.delete(data.resolve("tls/server-key.pem"));
        server = start(port);
        ServersBot again = studio.servers();
        String changed = again.test();
        again.shell().bot().button("Cancel").click();

        assertTrue(changed.contains("has changed: its SHA-256 fingerprint is " + server.fingerprint() + ", but "
                + trusted + " is pinned"), changed);
    }

    /** With {@code -Dagentproxy.docshots=DIR}: the question, for docs/user-guide.md. */
    private void docshot(TrustCertificateBot question) {
        String dir = System.getProperty("agentproxy.docshots");
        if (dir != null && !dir.isBlank() && !dir.startsWith("$") && !dir.equals("null")) {
            studio.bot().captureScreenshot(Path.of(dir, "servers-trust-certificate.png"));
        }
    }
}
