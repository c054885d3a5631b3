package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.List;

import org.agentproxy.cli.ServerCommand;
import org.agentproxy.server.PolicyServer;
import org.agentproxy.server.ServerConfig;
import org.agentproxy.server.ServerTls;
import org.agentproxy.server.internal.tls.SelfSignedCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy server over HTTPS, checked with Debian's {@code openssl s_client} and Java's HTTP client: only TLS 1.2
 * and 1.3 with forward-secret AEAD suites, the whole admin/agent flow, client certificates, key and password files,
 * init-tls and --tls-self-signed, and the refusal of plain HTTP off loopback.
 * <p>
 * Not part of the contract run (tests/org.agentproxy.server.tests/pom.xml excludes it): Prism's proxy speaks plain
 * HTTP to the server, and TLS changes no operation, status or header of docs/policy-server.openapi.yaml; the other
 * test classes exercise every operation there.
 */
class TlsTest {

    @TempDir
    Path dir;

    private PolicyServer start(ServerTls tls) throws IOException {
        return PolicyServer.start(ServerConfig.of(dir.resolve("data")).withPort(0).withTls(tls), line -> { });
    }

    private PolicyServer startPem() throws IOException {
        Tls.serverCertificate(dir.resolve("certs"));
        return start(ServerTls.pem(dir.resolve("certs/server-cert.pem"), dir.resolve("certs/server-key.pem")));
    }

    @Test
    void onlyTls12And13AreAcceptedAndOnlyForwardSecretAeadSuites() throws Exception {
        try (PolicyServer server = startPem()) {
            int port = server.port();
            // the client offers the old protocols at its lowest security level: the refusal is the server's
            String tls10 = Tls.sClient(port, "-tls1", "-cipher", "DEFAULT@SECLEVEL=0");
            String tls11 = Tls.sClient(port, "-tls1_1", "-cipher", "DEFAULT@SECLEVEL=0");
            String tls12 = Tls.sClient(port, "-tls1_2");
            String tls13 = Tls.sClient(port, "-tls1_3");
            String cbc = Tls.sClient(port, "-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-SHA:AES128-SHA:@SECLEVEL=0");

            assertTrue(tls10.contains("Cipher is (NONE)") && tls10.contains("alert protocol version"), tls10);
            assertTrue(tls11.contains("Cipher is (NONE)") && tls11.contains("alert protocol version"), tls11);
            assertTrue(tls12.contains("New, TLSv1.2, Cipher is ECDHE-ECDSA-AES128-GCM-SHA256"), tls12);
            assertTrue(tls13.contains("New, TLSv1.3, Cipher is TLS_AES_128_GCM_SHA256"), tls13);
            assertTrue(cbc.contains("Cipher is (NONE)") && cbc.contains("handshake failure"), cbc);
            assertEquals(URI.create("https://127.0.0.1:" + port + "/"), server.uri());
        }
    }

    @Test
    void theAdminAndAgentFlowWorksOverHttpsDeployPollAnd304() throws Exception {
        try (PolicyServer server = startPem()) {
            HttpClient client = Tls.client(dir.resolve("certs/server-cert.pem"), null);
            String admin = Files.readString(dir.resolve("data/admin-token")).strip();
            URI base = server.uri();

            HttpResponse<String> created = client.send(HttpRequest.newBuilder(base.resolve("v1/admin/groups/hq"))
                    .header("Authorization", "Bearer " + admin).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());
            String agentToken = Api.JSON.readTree(created.body()).get("agentToken").asText();
            HttpResponse<String> deployed = client.send(HttpRequest.newBuilder(
                    base.resolve("v1/admin/groups/hq/policy")).header("Authorization", "Bearer " + admin)
                    .header("If-Match", "\"0\"").header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(Policies.json("HQ", 8080))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, deployed.statusCode(), deployed.body());
            HttpRequest.Builder poll = HttpRequest.newBuilder(base.resolve("v1/agent/groups/hq/policy"))
                    .header("Authorization", "Bearer " + agentToken);
            HttpResponse<String> first = client.send(poll.copy().GET().build(), HttpResponse.BodyHandlers.ofString());
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = client.send(poll.copy().header("If-None-Match", etag).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, first.statusCode(), first.body());
            assertEquals(304, again.statusCode());
            assertEquals(etag, again.headers().firstValue("ETag").orElse(null));
        }
    }

    @Test
    void withAClientCaAClientWithoutACertificateIsRefusedAtTheHandshake() throws Exception {
        var agent = Tls.clientCertificate(dir.resolve("clients"), "agent");
        var stranger = SelfSignedCertificate.make(List.of("stranger"), SelfSignedCertificate.Purpose.CLIENT);
        Tls.serverCertificate(dir.resolve("certs"));
        ServerTls tls = ServerTls.pem(dir.resolve("certs/server-cert.pem"), dir.resolve("certs/server-key.pem"))
                .withClientCa(dir.resolve("clients/agent-cert.pem"));
        try (PolicyServer server = start(tls)) {
            Path trusted = dir.resolve("certs/server-cert.pem");
            HttpRequest health = HttpRequest.newBuilder(server.uri().resolve("v1/agent/groups/hq/policy"))
                    .header("Authorization", "Bearer apg_none").GET().build();

            HttpResponse<String> withCertificate = Tls.client(trusted, agent).send(health,
                    HttpResponse.BodyHandlers.ofString());
            IOException without = assertThrows(IOException.class,
                    () -> Tls.client(trusted, null).send(health, HttpResponse.BodyHandlers.ofString()));
            IOException wrong = assertThrows(IOException.class,
                    () -> Tls.client(trusted, stranger).send(health, HttpResponse.BodyHandlers.ofString()));
            String openssl = Tls.sClient(server.port(), "-tls1_2");

            assertEquals(404, withCertificate.statusCode(), "past the handshake, the server answers: no such group");
            assertTrue(String.valueOf(without.getMessage()).matches("(?is).*(certificate|handshake|closed|reset).*"),
                    String.valueOf(without));
            assertTrue(String.valueOf(wrong.getMessage()).matches("(?is).*(certificate|handshake|closed|reset).*"),
                    String.valueOf(wrong));
            assertTrue(openssl.contains("Acceptable client certificate CA names\nO = Agent Proxy Studio, CN = agent")
                    && openssl.contains("alert handshake failure"), "TLS 1.2 without a certificate: " + openssl);
        }
    }

    @Test
    void aPkcs12KeyStoreNeedsAnOwnerOnlyPasswordFileAndItsPasswordIsNeverShown() throws Exception {
        var made = SelfSignedCertificate.make(SelfSignedCertificate.names(List.of()),
                SelfSignedCertificate.Purpose.SERVER);
        String secret = "s3cret-" + System.nanoTime();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", made.keys().getPrivate(), secret.toCharArray(),
                new java.security.cert.Certificate[] { made.certificate() });
        Path p12 = dir.resolve("server.p12");
        try (OutputStream out = Files.newOutputStream(p12)) {
            store.store(out, secret.toCharArray());
        }
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, secret + "\n");
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));

        IOException open = assertThrows(IOException.class, () -> start(ServerTls.keyStore(p12, passwordFile)));
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        Path wrong = dir.resolve("wrong");
        Files.writeString(wrong, "not-it\n");
        Files.setPosixFilePermissions(wrong, PosixFilePermissions.fromString("rw-------"));
        IOException bad = assertThrows(IOException.class, () -> start(ServerTls.keyStore(p12, wrong)));

        assertEquals("--tls-password-file " + passwordFile + ": other users may read it (rw-r--r--): it holds a "
                + "password; chmod 600 it", open.getMessage());
        assertTrue(bad.getMessage().startsWith("--tls-keystore " + p12 + ": cannot open it"), bad.getMessage());
        assertFalse(bad.getMessage().contains("not-it"));
        try (PolicyServer server = start(ServerTls.keyStore(p12, passwordFile))) {
            assertEquals(made.fingerprint(), server.fingerprint());
            assertTrue(Tls.sClient(server.port(), "-tls1_3").contains("New, TLSv1.3"));
        }
    }

    @Test
    void aKeyFileOtherUsersMayReadIsRefused() throws Exception {
        Tls.serverCertificate(dir.resolve("certs"));
        Path key = dir.resolve("certs/server-key.pem");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r-----"));

        IOException e = assertThrows(IOException.class,
                () -> start(ServerTls.pem(dir.resolve("certs/server-cert.pem"), key)));

        assertEquals("--tls-key " + key + ": other users may read it (rw-r-----): it holds a private key; chmod 600 it",
                e.getMessage());
    }

    @Test
    void initTlsWritesOwnerOnlyPemFilesForLoopbackAndTheNamesGivenAndPrintsTheFingerprint() throws Exception {
        Path certs = dir.resolve("certs");
        Launch run = launch("init-tls", certs.toString(), "--tls-hostname", "policy.example.org",
                "--tls-hostname", "192.0.2.7");
        Launch again = launch("init-tls", certs.toString());

        assertEquals(0, run.code, run.err);
        var certificate = org.agentproxy.server.internal.tls.PemFiles.certificates(certs.resolve("server-cert.pem"),
                "test").get(0);
        String fingerprint = org.agentproxy.server.internal.tls.Fingerprint.sha256(certificate);
        assertTrue(run.out.contains("SHA-256 fingerprint " + fingerprint), run.out);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                certs.resolve("server-key.pem"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                certs.resolve("server-cert.pem"))));
        assertEquals("[[2, localhost], [7, 127.0.0.1], [7, 0:0:0:0:0:0:0:1], [2, policy.example.org], [7, 192.0.2.7]]",
                String.valueOf(certificate.getSubjectAlternativeNames()));
        assertEquals(2, again.code, "nothing is overwritten");
        assertTrue(again.err.contains("exists already; nothing was overwritten"), again.err);
    }

    @Test
    void aSelfSignedCertificateIsMadeOnTheFirstStartAndKeptOnTheNext() throws Exception {
        String first;
        try (PolicyServer server = start(ServerTls.selfSigned(List.of("policy.example.org")))) {
            first = server.fingerprint();
        }
        try (PolicyServer server = start(ServerTls.selfSigned(List.of("policy.example.org")))) {
            assertEquals(first, server.fingerprint());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    dir.resolve("data/tls/server-key.pem"))));
        }
    }

    @Test
    void plainHttpOffLoopbackIsRefusedWithOneLineUnlessInsecureHttpIsGiven() throws Exception {
        Launch refused = launch("--data", dir.resolve("data").toString(), "--bind", "0.0.0.0", "--port", "0");
        Launch password = launch("--data", dir.resolve("data").toString(), "--tls-password", "x");

        assertEquals(2, refused.code);
        assertEquals("agentproxy server: refusing plain HTTP on 0.0.0.0, which is not loopback: admin and agent "
                + "tokens and proxy passwords would cross the network in clear; give --tls-cert and --tls-key, "
                + "--tls-keystore or --tls-self-signed, or --insecure-http when a TLS proxy is in front (see "
                + "agentproxy server --help)", refused.err.strip());
        assertFalse(Files.exists(dir.resolve("data")), "refused before anything is written");
        assertEquals(2, password.code);
        assertTrue(password.err.contains("a password is never taken on the command line"), password.err);
        assertFalse(password.err.contains(" x "), password.err);

        ServerCommand launcher = new ServerCommand();
        java.util.concurrent.CountDownLatch listening = new java.util.concurrent.CountDownLatch(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                super.write(b, off, len);
                if (toString(StandardCharsets.UTF_8).contains("listening on")) {
                    listening.countDown();
                }
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var running = new java.util.concurrent.CompletableFuture<Integer>();
        Thread t = new Thread(() -> {
            running.complete(launcher.run(List.of("--data", dir.resolve("data").toString(), "--bind", "0.0.0.0",
                    "--port", "0", "--insecure-http"), new PrintStream(out, true), new PrintStream(err, true)));
            listening.countDown();
        }, "insecure-server");
        t.start();
        listening.await(60, java.util.concurrent.TimeUnit.SECONDS);
        launcher.stop();
        assertEquals(0, running.get(60, java.util.concurrent.TimeUnit.SECONDS), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("listening on http://0.0.0.0:"), out.toString());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("warning: plain HTTP on 0.0.0.0 (--insecure-http)"),
                err.toString());
    }

    private record Launch(int code, String out, String err) {
    }

    private static Launch launch(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ServerCommand().run(List.of(args), new PrintStream(out, true), new PrintStream(err, true));
        return new Launch(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
