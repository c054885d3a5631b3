package org.agentproxy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.agentproxy.cli.AgentsCommand;
import org.agentproxy.cli.GroupsCommand;
import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.GroupAdministration;
import org.agentproxy.deployment.ServerTrust;
import org.agentproxy.deployment.fleet.FleetStatusClient;
import org.agentproxy.server.PolicyServer;
import org.agentproxy.server.ServerConfig;
import org.agentproxy.server.ServerTls;
import org.agentproxy.server.internal.tls.SelfSignedCertificate;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that talk to a policy server, against a real server over HTTPS with a self-signed certificate (as
 * {@code agentproxy server init-tls} makes it): refused without a pin (naming the fingerprint and how to pin it),
 * refused with a different pin (naming both), working with the right one — groups, deploy, history and agents — and
 * client certificates when the server asks for them.
 */
class TlsCommandsTest {

    @TempDir
    Path dir;
    PolicyServer server;
    String url;
    String tokenFile;

    private void start(boolean clientCertificates) throws Exception {
        SelfSignedCertificate.write(dir.resolve("certs"), List.of());
        ServerTls tls = ServerTls.pem(dir.resolve("certs/server-cert.pem"), dir.resolve("certs/server-key.pem"));
        if (clientCertificates) {
            var client = SelfSignedCertificate.make(List.of("admin"), SelfSignedCertificate.Purpose.CLIENT);
            SelfSignedCertificate.writePem(dir.resolve("client"), client, "cert.pem", "key.pem");
            tls = tls.withClientCa(dir.resolve("client/cert.pem"));
        }
        server = PolicyServer.start(ServerConfig.of(dir.resolve("data")).withPort(0).withTls(tls), line -> { });
        url = server.uri().toString();
        tokenFile = dir.resolve("data/admin-token").toString();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            ServerTrust.shared().unpin(server.uri()); // a later server on the same port is not this one
            server.close();
        }
    }

    private DeploymentCliRun groups(String... args) {
        List<String> all = new ArrayList<>(List.of("groups"));
        all.addAll(Arrays.asList(args));
        return DeploymentCliRun.run(List.of(new GroupsCommand(GroupAdministration::overHttp)), null,
                all.toArray(String[]::new));
    }

    @Test
    void anUnverifiableCertificateWithoutAPinIsRefusedWithItsFingerprintAndHowToPinIt() throws Exception {
        start(false);

        DeploymentCliRun run = groups("list", "--server", url, "--token-file", tokenFile);

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("the TLS certificate of 127.0.0.1:" + server.port() + " is not trusted"),
                run.err());
        assertTrue(run.err().contains("its SHA-256 fingerprint is " + server.fingerprint()), run.err());
        assertTrue(run.err().contains("pin it: --server-fingerprint " + server.fingerprint()), run.err());
    }

    @Test
    void aPinnedClientRefusesADifferentCertificateNamingBothFingerprints() throws Exception {
        start(false);
        String other = SelfSignedCertificate.make(List.of("localhost"), SelfSignedCertificate.Purpose.SERVER)
                .fingerprint();

        DeploymentCliRun run = groups("list", "--server", url, "--token-file", tokenFile, "--server-fingerprint",
                other.replace(":", "").toLowerCase());

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("has changed: its SHA-256 fingerprint is " + server.fingerprint() + ", but "
                + other + " is pinned; refusing it"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void withThePinGroupsDeployAndHistoryWorkOverHttps() throws Exception {
        start(false);
        String pin = server.fingerprint();
        Path agentToken = dir.resolve("agent-token");

        DeploymentCliRun created = groups("create", "--server", url, "--token-file", tokenFile, "--group", "hq",
                "--agent-token-file", agentToken.toString(), "--server-fingerprint", pin);
        DeploymentCliRun deployed = deploy(8080, pin);
        DeploymentCliRun history = DeploymentCliRun.of("history", "--server", url, "--group", "hq", "--token-file",
                tokenFile, "--server-fingerprint", pin);

        assertEquals(0, created.exitCode(), created.err());
        assertEquals(0, deployed.exitCode(), deployed.out() + deployed.err());
        assertTrue(deployed.out().contains("version 1"), deployed.out());
        assertEquals(0, history.exitCode(), history.err());
        assertTrue(history.out().contains("deploy"), history.out());
    }

    @Test
    void agentsPollOverHttpsAndAWrongPinStopsThemAtOnce() throws Exception {
        start(false);
        String pin = server.fingerprint();
        Path agentToken = dir.resolve("agent-token");
        assertEquals(0, groups("create", "--server", url, "--token-file", tokenFile, "--group", "hq",
                "--agent-token-file", agentToken.toString(), "--server-fingerprint", pin).exitCode());
        assertEquals(0, deploy(8080, pin).exitCode());
        String wrong = SelfSignedCertificate.make(List.of("localhost"), SelfSignedCertificate.Purpose.SERVER)
                .fingerprint();
        DeploymentCliRun refused = agents(null, agentToken, wrong);
        ServerTrust.shared().unpin(server.uri());
        assertEquals(1, refused.exitCode(), refused.out() + refused.err());
        assertTrue(refused.err().contains(server.fingerprint()) && refused.err().contains(wrong), refused.err());

        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<DeploymentCliRun> run = new CompletableFuture<>();
        Thread thread = new Thread(() -> run.complete(agents(new AgentsCommandTest.LineWatcher(
                "waiting for a new version", waiting), agentToken, pin)), "agents-command");
        thread.start();
        assertTrue(waiting.await(2, TimeUnit.MINUTES), "the agents did not all poll");
        // the next version only once the agents polled again holding version 1 (answered 304, what this test checks
        // over HTTPS): a deploy at once can be quicker than one poll interval. Read from the server's fleet status:
        // every agent seen since (they poll every 50 ms; a report comes only after a poll)
        Instant held = Instant.now();
        FleetStatusClient fleet = FleetStatusClient.overHttp();
        AccessToken admin = AccessToken.read(Path.of(tokenFile));
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (fleet.all(server.uri(), admin, "hq", null, new NullProgressMonitor()).page().stream()
                .filter(a -> a.lastSeen() != null && a.lastSeen().isAfter(held)).count() < 5) {
            assertTrue(System.nanoTime() < end, "the agents did not poll again after holding version 1");
            Thread.sleep(20); // the condition's polling interval
        }
        assertEquals(0, deploy(3128, pin).exitCode());
        DeploymentCliRun polled = run.get(2, TimeUnit.MINUTES);

        assertEquals(0, polled.exitCode(), polled.out() + polled.err());
        assertTrue(polled.out().contains("all 5 agents polled group hq; they hold version 1"), polled.out());
        assertTrue(polled.out().contains("failed: 0"), polled.out());
        assertTrue(polled.out().matches("(?s).*304: [1-9].*"), "the agents were answered 304: " + polled.out());
    }

    @Test
    void aServerAskingForClientCertificatesRefusesAClientWithoutOne() throws Exception {
        start(true);
        String pin = server.fingerprint();
        Path key = dir.resolve("client/key.pem");

        DeploymentCliRun without = groups("list", "--server", url, "--token-file", tokenFile,
                "--server-fingerprint", pin);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        DeploymentCliRun readable = groups("list", "--server", url, "--token-file", tokenFile,
                "--server-fingerprint", pin, "--tls-client-cert", dir.resolve("client/cert.pem").toString(),
                "--tls-client-key", key.toString());
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        DeploymentCliRun with = groups("list", "--server", url, "--token-file", tokenFile, "--server-fingerprint",
                pin, "--tls-client-cert", dir.resolve("client/cert.pem").toString(), "--tls-client-key",
                key.toString());

        assertEquals(1, without.exitCode(), without.out() + without.err());
        assertEquals(2, readable.exitCode(), readable.err());
        assertTrue(readable.err().contains("--tls-client-key " + key + ": other users may read it"), readable.err());
        assertEquals(0, with.exitCode(), with.out() + with.err());
    }

    @Test
    void aPinForAPlainHttpServerOrAMalformedPinIsABadOption() throws Exception {
        DeploymentCliRun http = groups("list", "--server", "http://127.0.0.1:9/", "--token-file", "x",
                "--server-fingerprint", "AB");
        start(false);
        DeploymentCliRun malformed = groups("list", "--server", url, "--token-file", tokenFile,
                "--server-fingerprint", "AB:CD");

        assertEquals(2, malformed.exitCode());
        assertTrue(malformed.err().contains("--server-fingerprint: a SHA-256 fingerprint is 64 hex digits"),
                malformed.err());
        assertFalse(http.exitCode() == 0);
    }

    private DeploymentCliRun deploy(int port, String pin) throws Exception {
        Path file = dir.resolve("p" + port + ".json");
        Files.writeString(file, """
                {"format": "agentproxy-policy/1", "name": "HQ",
                 "server": {"host": "osce.corp.example", "port": 4343},
                 "internalAgents": {"server": {"enabled": true, "host": "proxy.corp.example", "port": %d}}}
                """.formatted(port));
        return DeploymentCliRun.of("deploy", "--policy", file.toString(), "--server", url, "--group", "hq",
                "--token-file", tokenFile, "--journal", dir.resolve("journal").toString(), "--server-fingerprint",
                pin);
    }

    private DeploymentCliRun agents(java.io.OutputStream watch, Path agentToken, String pin) {
        return DeploymentCliRun.run(List.of(new AgentsCommand(name -> null)), watch, "agents", "--server", url,
                "--group", "hq", "--count", "5", "--interval", "0.05", "--token-file", agentToken.toString(),
                "--timeout", "120", "--server-fingerprint", pin);
    }
}
