package org.agentproxy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.agentproxy.cli.AgentsCommand;
import org.agentproxy.server.PolicyServer;
import org.agentproxy.server.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** agentproxy agents: simulated agents converge on a version deployed while they poll. */
class AgentsCommandTest {

    @TempDir
    Path dir;
    PolicyServer server;
    String tokenFile;
    Path agentTokenFile;

    @BeforeEach
    void start() throws Exception {
        server = PolicyServer.start(ServerConfig.of(dir.resolve("data")).withPort(0), line -> { });
        tokenFile = dir.resolve("data/admin-token").toString();
        agentTokenFile = dir.resolve("agent-token");
        Files.writeString(agentTokenFile, DeploymentCommandsTest.createGroup(server, tokenFile, "hq") + "\n");
        Files.setPosixFilePermissions(agentTokenFile, PosixFilePermissions.fromString("rw-------"));
        assertEquals(0, deploy(8080).exitCode());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void theFleetReportsItsConvergenceOnANewVersion() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        OutputStream watch = new LineWatcher("waiting for a new version", waiting);

        // its own thread, not the common pool: on a 2-core machine that has one worker, which HttpClient needs
        CompletableFuture<DeploymentCliRun> agents = new CompletableFuture<>();
        Thread thread = new Thread(() -> agents.complete(DeploymentCliRun.run(List.of(new AgentsCommand(name -> null)),
                watch, "agents", "--server", server.uri().toString(), "--group", "hq", "--count", "40", "--interval",
                "0.05", "--token-file", agentTokenFile.toString(), "--timeout", "120")), "agents-command");
        thread.start();
        assertTrue(waiting.await(2, TimeUnit.MINUTES), "the agents did not all poll");
        assertEquals(0, deploy(3128).exitCode());
        DeploymentCliRun run = agents.get(2, TimeUnit.MINUTES);

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("all 40 agents polled group hq; they hold version 1"), run.out());
        assertTrue(run.out().matches("(?s).*version 2 \\(deployed .*\\): first agent after \\d+ ms, all 40 agents "
                + "after \\d+ ms.*"), run.out());
        assertTrue(run.out().contains("failed: 0"), run.out());
    }

    @Test
    void theFleetMaySpreadOverSeveralServerUrls() throws Exception {
        // replicas are several URLs (docs/scaling.md); here two names of the one server, and a wrong one refused
        String second = "http://localhost:" + server.port() + "/";
        CountDownLatch waiting = new CountDownLatch(1);
        OutputStream watch = new LineWatcher("waiting for a new version", waiting);
        CompletableFuture<DeploymentCliRun> agents = new CompletableFuture<>();
        Thread thread = new Thread(() -> agents.complete(DeploymentCliRun.run(List.of(new AgentsCommand(name -> null)),
                watch, "agents", "--server", server.uri() + "," + second, "--group", "hq", "--count", "10",
                "--interval", "0.05", "--token-file", agentTokenFile.toString(), "--timeout", "120")), "agents-2");
        thread.start();
        assertTrue(waiting.await(2, TimeUnit.MINUTES), "the agents did not all poll");
        assertEquals(0, deploy(3128).exitCode());
        DeploymentCliRun run = agents.get(2, TimeUnit.MINUTES);
        DeploymentCliRun bad = DeploymentCliRun.of("agents", "--server", server.uri() + ",ftp://x", "--group", "hq",
                "--count", "1", "--interval", "1", "--token-file", agentTokenFile.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("all 10 agents after"), run.out());
        assertTrue(run.out().contains("failed: 0"), run.out());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--server must be an http://, https:// or file: URL, not \"ftp://x\""),
                bad.err());
    }

    @Test
    void aTokenFileOtherUsersMayReadIsRefusedAsExit2() throws Exception {
        Files.setPosixFilePermissions(agentTokenFile, PosixFilePermissions.fromString("rw-r--r--"));

        DeploymentCliRun run = DeploymentCliRun.of("agents", "--server", server.uri().toString(), "--group", "hq",
                "--count", "1", "--interval", "1", "--token-file", agentTokenFile.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--token-file " + agentTokenFile + ": other users may read it (rw-r--r--): "
                + "it holds a token; chmod 600 it"), run.err());
    }

    @Test
    void theTokenMayComeFromTheEnvironmentButIsNeeded() {
        DeploymentCliRun none = DeploymentCliRun.run(List.of(new AgentsCommand(name -> null)), null, "agents",
                "--server", server.uri().toString(), "--group", "hq", "--count", "1", "--interval", "1");

        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("AGENTPROXY_AGENT_TOKEN"), none.err());
    }

    private DeploymentCliRun deploy(int port) throws Exception {
        Path file = dir.resolve("p" + port + ".json");
        Files.writeString(file, """
                {"format": "agentproxy-policy/1", "name": "HQ",
                 "server": {"host": "osce.corp.example", "port": 4343},
                 "internalAgents": {"server": {"enabled": true, "host": "proxy.corp.example", "port": %d}}}
                """.formatted(port));
        return DeploymentCliRun.of("deploy", "--policy", file.toString(), "--server", server.uri().toString(),
                "--group", "hq", "--token-file", tokenFile, "--journal", dir.resolve("journal").toString());
    }

    /** Counts down a latch once the text written to it contains a phrase. */
    static final class LineWatcher extends OutputStream {

        private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
        private final String phrase;
        private final CountDownLatch latch;

        LineWatcher(String phrase, CountDownLatch latch) {
            this.phrase = phrase;
            this.latch = latch;
        }

        @Override
        public synchronized void write(int b) {
            seen.write(b);
            if (b == '\n' && seen.toString(StandardCharsets.UTF_8).contains(phrase)) {
                latch.countDown();
            }
        }
    }
}
