package org.agentproxy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.agentproxy.cli.GroupsCommand;
import org.agentproxy.deployment.GroupAdministration;
import org.agentproxy.server.PolicyServer;
import org.agentproxy.server.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agentproxy groups} against a real policy server on loopback: list, create, issue-token, delete. */
class GroupsCommandTest {

    @TempDir
    Path dir;
    PolicyServer server;
    String url;
    String tokenFile;

    @BeforeEach
    void start() throws Exception {
        server = PolicyServer.start(ServerConfig.of(dir.resolve("data")).withPort(0), line -> { });
        url = server.uri().toString();
        tokenFile = dir.resolve("data/admin-token").toString();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private DeploymentCliRun groups(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "groups";
        System.arraycopy(args, 0, all, 1, args.length);
        return DeploymentCliRun.run(List.of(new GroupsCommand(GroupAdministration::overHttp)), null, all);
    }

    @Test
    void createsAGroupWithItsTokenInAnOwnerOnlyFileNeverPrintedAndListsIt() throws Exception {
        Path out = dir.resolve("lyon.token");

        DeploymentCliRun created = groups("create", "--server", url, "--token-file", tokenFile, "--group", "lyon",
                "--agent-token-file", out.toString());

        assertEquals(0, created.exitCode(), created.out() + created.err());
        String token = Files.readString(out).strip();
        assertTrue(token.startsWith("apg_"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertFalse((created.out() + created.err()).contains(token), "the token is never printed");
        assertTrue(created.out().contains("created group lyon; its agent token is in " + out), created.out());
        DeploymentCliRun list = groups("list", "--server", url, "--token-file", tokenFile);
        assertEquals("lyon  version 0", list.out().strip());
    }

    @Test
    void issueTokenReplacesTheTokenAndAnExistingOutputFileIsRefused() throws Exception {
        Path first = dir.resolve("first.token");
        groups("create", "--server", url, "--token-file", tokenFile, "--group", "lyon", "--agent-token-file",
                first.toString());

        DeploymentCliRun again = groups("issue-token", "--server", url, "--token-file", tokenFile, "--group", "lyon",
                "--agent-token-file", first.toString());
        Path second = dir.resolve("second.token");
        DeploymentCliRun issued = groups("issue-token", "--server", url, "--token-file", tokenFile, "--group",
                "lyon", "--agent-token-file", second.toString());

        assertEquals(2, again.exitCode(), "an existing file is never overwritten");
        assertEquals(0, issued.exitCode(), issued.err());
        assertFalse(Files.readString(first).equals(Files.readString(second)));
    }

    @Test
    void deleteIsConditionalAndAGroupWithAPolicyNeedsForce() throws Exception {
        DeploymentCommandsTest.createGroup(server, tokenFile, "hq");
        Path policy = dir.resolve("hq.json");
        Files.writeString(policy, """
                {"format": "agentproxy-policy/1", "name": "HQ", "server": {"host": "osce.corp.example", "port": 4343}}
                """);
        DeploymentCliRun deployed = DeploymentCliRun.of("deploy", "--policy", policy.toString(), "--server", url,
                "--group", "hq", "--token-file", tokenFile, "--journal", dir.resolve("journal").toString());
        assertEquals(0, deployed.exitCode(), deployed.err());

        DeploymentCliRun stale = groups("delete", "--server", url, "--token-file", tokenFile, "--group", "hq",
                "--version", "0", "--force");
        DeploymentCliRun inUse = groups("delete", "--server", url, "--token-file", tokenFile, "--group", "hq",
                "--version", "1");
        DeploymentCliRun deleted = groups("delete", "--server", url, "--token-file", tokenFile, "--group", "hq",
                "--version", "1", "--force");

        assertEquals(3, stale.exitCode(), stale.err());
        assertEquals(2, inUse.exitCode(), inUse.err());
        assertTrue(inUse.err().contains("holds version 1"), inUse.err());
        assertEquals(0, deleted.exitCode(), deleted.err());
        assertTrue(deleted.out().startsWith("deleted group hq at version 1; the server keeps it in deleted-groups/hq."),
                deleted.out());
        assertEquals("", groups("list", "--server", url, "--token-file", tokenFile).out().strip());
        assertEquals(2, groups("frobnicate", "--server", url, "--token-file", tokenFile).exitCode());
    }
}
