package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agentproxy.cli.ServerCommand;
import org.agentproxy.server.PolicyServer;
import org.agentproxy.server.ServerConfig;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replicas over one PostgreSQL database (docs/scaling.md): compare-and-set across replicas, the same ETag on
 * every replica, readiness, and what a wrong database, key or schema gets at start.
 */
class ReplicaTest {

    @RegisterExtension
    static final PostgresClusterExtension POSTGRES = new PostgresClusterExtension();

    @TempDir
    Path dir;
    Replicas replicas;

    @BeforeEach
    void start() throws IOException {
        replicas = new Replicas(POSTGRES.cluster(), dir).start(3);
    }

    @AfterEach
    void stop() throws IOException {
        replicas.close();
    }

    @Test
    void twoAdministratorsOnTwoReplicasWithTheSameIfMatchOneWinsEachRoundAndNoVersionIsLost() throws Exception {
        replicas.createGroup(0, "hq");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int admin = 0; admin < 2; admin++) {
                    int replica = admin; // admin 0 on replica 0, admin 1 on replica 1
                    long expected = round;
                    int port = 1000 + round * 2 + admin;
                    statuses.add(pool.submit(() -> {
                        start.await();
                        return replicas.deploy(replica, "hq", expected, Policies.json("R" + replica, port)).status();
                    }));
                }
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> f : statuses) {
                    codes.add(f.get());
                }
                codes.sort(null);
                assertEquals(List.of(201, 412), codes, "round " + round + ": exactly one winner");
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < 3; i++) {
            // a replica answers reads from its memory, refreshed by NOTIFY: the third replica, which took no write,
            // may be a notification behind when the last round ends — it must converge, not be current at once
            Api api = replicas.api(i);
            Replicas.await("replica " + i + " at version 20", Duration.ofSeconds(30), () -> currentVersion(api) == 20);
            var versions = api.get("v1/admin/groups/hq/versions", replicas.adminToken).json();
            assertEquals(20, versions.get("current").asLong(), "replica " + i);
            for (int v = 0; v < 20; v++) {
                assertEquals(v + 1, versions.get("versions").get(v).get("version").asLong(), "consecutive");
            }
        }
    }

    private long currentVersion(Api api) {
        try {
            return api.get("v1/admin/groups/hq/versions", replicas.adminToken).json().get("current").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aGroupCreatedOnOneReplicaIsFoundAtOnceByAnAdministratorOnAnother() {
        // no waiting: the second replica's notification may still be on the way; the admin request asks the database
        for (int i = 0; i < 20; i++) {
            String group = "new-" + i;
            replicas.createGroup(i % 3, group);
            Api.Reply deploy = replicas.deploy((i + 1) % 3, group, 0, Policies.json("G" + i, 8080));
            assertEquals(201, deploy.status(), group + ": " + deploy.body());
            Api.Reply info = replicas.api((i + 2) % 3).get("v1/admin/groups/" + group, replicas.adminToken);
            assertEquals(200, info.status(), group + ": " + info.body());
        }
    }

    @Test
    void anAgentMovingBetweenReplicasGetsTheSameETagAnd304() throws Exception {
        String token = replicas.createGroup(1, "hq");
        assertEquals(201, replicas.deploy(0, "hq", 0, Policies.json("HQ", 8080)).status());
        String etag = Replicas.poll(replicas.api(0), "hq", token, null).header("ETag");

        for (int i = 1; i < 3; i++) {
            Api api = replicas.api(i);
            Replicas.await("replica " + i + " serves version 1", Duration.ofSeconds(30),
                    () -> Replicas.poll(api, "hq", token, null).status() == 200);
            Api.Reply again = Replicas.poll(api, "hq", token, etag);
            assertEquals(304, again.status(), "replica " + i + ": the same content, the same ETag");
            assertEquals(etag, again.header("ETag"));
        }
        assertEquals(201, replicas.deploy(2, "hq", 1, Policies.json("HQ", 3128)).status());
        Replicas.await("replica 0 serves version 2", Duration.ofSeconds(30),
                () -> Replicas.poll(replicas.api(0), "hq", token, etag).status() == 200);
    }

    @Test
    void everyReplicaIsReadyAndHealthy() {
        for (int i = 0; i < 3; i++) {
            Api.Reply ready = replicas.api(i).get("readyz", null);
            assertEquals(200, ready.status(), ready.body());
            assertEquals("ready", ready.json().get("status").asText());
            assertEquals(200, replicas.api(i).get("healthz", null).status());
        }
    }

    @Test
    void secretsAreSealedInTheDatabaseAndDeliveredByEveryReplica() throws Exception {
        String token = replicas.createGroup(0, "hq");
        String value = "Db-Pa55word-" + Long.toHexString(System.nanoTime());
        assertEquals(201, replicas.deploy(0, "hq", 0, Policies.sample()).status());
        Api.Reply put = replicas.api(1).put("v1/admin/groups/hq/secrets", replicas.adminToken,
                "{\"secrets\": {\"internalAgents.server.password\": \"" + value + "\"}}", "If-Match", "\"0\"");
        assertEquals(200, put.status(), put.body());

        Replicas.await("replica 2 delivers the value", Duration.ofSeconds(30), () -> value.equals(
                Replicas.poll(replicas.api(2), "hq", token, null).json().at("/secrets/internalAgents.server.password")
                        .asText()));
        String dump = POSTGRES.cluster().dump(replicas.databaseName());
        assertFalse(dump.contains(value), "pg_dump holds a secret value in clear");
        assertFalse(dump.contains(token), "pg_dump holds the agent token in clear");
        assertFalse(dump.contains(replicas.adminToken), "pg_dump holds the admin token in clear");
        assertTrue(dump.contains(Stores.sha256Hex(token)), "pg_dump holds the agent token's hash");
    }

    @Test
    void aReplicaWithAnotherSecretKeyIsRefusedAtStart() throws Exception {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Files.write(other.resolve("secret.key"), new byte[32]);
        Files.setPosixFilePermissions(other.resolve("secret.key"), PosixFilePermissions.fromString("rw-------"));

        IOException e = assertThrows(IOException.class, () -> PolicyServer.start(ServerConfig.of(other).withPort(0)
                .withDatabase(replicas.database), line -> { }));

        assertTrue(e.getMessage().contains("is not the key the secrets in " + replicas.database.url()),
                e.getMessage());
    }

    @Test
    void aDatabaseOfANewerSchemaIsRefusedNamingBothVersions() throws Exception {
        String name = replicas.databaseName();
        try (Connection c = POSTGRES.cluster().connect(name); Statement s = c.createStatement()) {
            s.execute("INSERT INTO agentproxy_schema (version, description) VALUES (99, 'from the future')");
        }

        Launch launch = launch("--data", dir.resolve("newer").toString(), "--port", "0", "--store",
                replicas.database.url(), "--db-user", PostgresCluster.USER, "--db-password-file",
                POSTGRES.cluster().passwordFile.toString());

        assertEquals(1, launch.code());
        assertTrue(launch.err().contains("has schema version 99, newer than this server knows (2)"), launch.err());
        assertEquals(1, launch.err().strip().lines().count(), launch.err());
    }

    @Test
    void anUnreachableDatabaseIsOneClearLineAndExit1() throws Exception {
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Launch launch = launch("--data", dir.resolve("unreachable").toString(), "--port", "0", "--store",
                "postgresql://127.0.0.1:" + closed + "/agentproxy");

        assertEquals(1, launch.code());
        assertEquals(1, launch.err().strip().lines().count(), launch.err());
        assertTrue(launch.err().startsWith("agentproxy server: cannot use the database postgresql://127.0.0.1:"
                + closed + "/agentproxy: "), launch.err());
        assertFalse(launch.err().contains("Exception"), launch.err());
    }

    @Test
    void aWrongPasswordOrDatabaseIsOneClearLineAndExit1() throws Exception {
        Path wrong = dir.resolve("wrong-password");
        Files.writeString(wrong, "not-the-password\n");
        Files.setPosixFilePermissions(wrong, PosixFilePermissions.fromString("rw-------"));

        Launch password = launch("--data", dir.resolve("a").toString(), "--port", "0", "--store",
                replicas.database.url(), "--db-user", PostgresCluster.USER, "--db-password-file", wrong.toString());
        Launch database = launch("--data", dir.resolve("b").toString(), "--port", "0", "--store",
                POSTGRES.cluster().url("nosuchdb"), "--db-user", PostgresCluster.USER, "--db-password-file",
                POSTGRES.cluster().passwordFile.toString());

        assertEquals(1, password.code());
        assertTrue(password.err().contains("password authentication failed"), password.err());
        assertFalse(password.err().contains("not-the-password"), "the password is not echoed");
        assertEquals(1, database.code());
        assertTrue(database.err().contains("\"nosuchdb\" does not exist"), database.err());
        assertEquals(1, database.err().strip().lines().count(), database.err());
    }

    @Test
    void aPasswordFileOthersMayReadIsRefused() throws Exception {
        Path open = dir.resolve("open-password");
        Files.writeString(open, "x\n");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));

        Launch launch = launch("--data", dir.resolve("c").toString(), "--port", "0", "--store",
                replicas.database.url(), "--db-password-file", open.toString());

        assertEquals(1, launch.code());
        assertTrue(launch.err().contains("--db-password-file " + open + ": other users may read it"), launch.err());
    }

    @Test
    void aPasswordOnTheCommandLineOrInTheUrlIsRefused() throws Exception {
        Launch option = launch("--data", dir.resolve("d").toString(), "--store", replicas.database.url(),
                "--db-password", "x");
        Launch url = launch("--data", dir.resolve("d").toString(), "--store", "postgresql://u:x@127.0.0.1/db");

        assertEquals(2, option.code());
        assertTrue(option.err().contains("never taken on the command line"), option.err());
        assertEquals(2, url.code());
        assertTrue(url.err().contains("no user or password in the URL"), url.err());
    }

    private record Launch(int code, String err) {
    }

    private static Launch launch(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ServerCommand().run(List.of(args), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Launch(code, err.toString(StandardCharsets.UTF_8));
    }
}
