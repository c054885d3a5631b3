package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.agentproxy.policy.codec.PolicyCodec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Replicas over a real PostgreSQL under faults (docs/scaling.md, "Failures"): a replica killed with SIGKILL in the
 * middle of a deploy stream, and the database stopped and started again during one.
 */
class ReplicaFaultsTest {

    @RegisterExtension
    static final PostgresClusterExtension POSTGRES = new PostgresClusterExtension();

    /**
     * The child servers' database login may take up to 30 s, not the server's 3 s: a fresh JVM's first login (class
     * loading, the SCRAM key derivation, all still cold) took longer than 3 s at load 25–28, when two worktrees ran
     * these tests at once beside other builds ("Connection attempt timed out", twice in four runs), and the replica
     * refused to start. Nothing in this test waits on a database that is down, so the longer wait only absorbs load.
     */
    private static final List<String> COLD_LOGIN = List.of("-Dagentproxy.server.db.connectTimeoutMillis=30000");

    @TempDir
    Path dir;
    @TempDir
    Path logs;

    /** version → policy name, for every deploy a replica acknowledged with 201 */
    private final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    private final List<Throwable> unexpected = new CopyOnWriteArrayList<>();

    @Test
    void killingOneOfThreeReplicasMidStreamLosesNoAcknowledgedVersionAndTheOthersGoOn() throws Exception {
        String url = POSTGRES.cluster().createDatabase();
        List<ChildServer> replicas = new ArrayList<>();
        Path stderr = logs.resolve("replicas-stderr.txt");
        for (int i = 0; i < 3; i++) {
            Path data = dir.resolve("replica-" + i);
            if (i > 0) {
                Files.createDirectories(data);
                Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
                Files.copy(dir.resolve("replica-0/secret.key"), data.resolve("secret.key"));
            }
            if (i < 2) {
                replicas.add(ChildServer.start(COLD_LOGIN, data, stderr, "--store", url, "--db-user",
                        PostgresCluster.USER, "--db-password-file", POSTGRES.cluster().passwordFile.toString()));
            } else { // the password from PGPASSFILE (libpq's format), as the driver reads it
                replicas.add(ChildServer.start(COLD_LOGIN, java.util.Map.of("PGPASSFILE",
                        POSTGRES.cluster().passFile.toString()), data, stderr, "--store", url, "--db-user",
                        PostgresCluster.USER));
            }
        }
        String admin = replicas.get(0).adminToken;
        Api.Reply created = replicas.get(1).api.put("v1/admin/groups/hq", admin, "");
        assertEquals(201, created.status(), created.body());
        String agentToken = created.json().get("agentToken").asText();

        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> deployers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ChildServer target = replicas.get(i);
            String prefix = "replica" + i + "-";
            Thread t = new Thread(() -> deployUntil(target, admin, prefix, stop));
            t.start();
            deployers.add(t);
        }
        Replicas.await("20 deploys acknowledged", Duration.ofMinutes(2), () -> acknowledged.size() >= 20);
        replicas.get(1).kill(); // SIGKILL while deploys go through all three
        int atKill = acknowledged.size();
        Replicas.await("20 more deploys through the other two", Duration.ofMinutes(2),
                () -> acknowledged.size() >= atKill + 20);
        stop.set(true);
        for (Thread t : deployers) {
            t.join();
        }
        assertTrue(unexpected.isEmpty(), "a deployer failed: " + unexpected);

        for (int i : new int[] {0, 2}) {
            verify(replicas.get(i), admin, agentToken);
        }
        replicas.get(0).stop();
        replicas.get(2).stop();
    }

    @Test
    void whileTheDatabaseIsDownAgentsAreServedWritesGet503AndEveryReplicaConvergesWhenItIsBack() throws Exception {
        try (Replicas replicas = new Replicas(POSTGRES.cluster(), dir).start(3)) {
            String token = replicas.createGroup(0, "hq");
            for (int v = 0; v < 5; v++) {
                assertEquals(201, replicas.deploy(v % 3, "hq", v, Policies.json("before-" + v, 2000 + v)).status());
            }
            Replicas.await("every replica serves version 5", Duration.ofSeconds(30), () -> allAt(replicas, token, 5));
            String etag = Replicas.poll(replicas.api(0), "hq", token, null).header("ETag");

            POSTGRES.cluster().stopServer();
            try {
                for (int i = 0; i < 3; i++) {
                    assertEquals(200, Replicas.poll(replicas.api(i), "hq", token, null).status(), "replica " + i);
                    assertEquals(304, Replicas.poll(replicas.api(i), "hq", token, etag).status(), "replica " + i);
                    Api.Reply write = replicas.deploy(i, "hq", 5, Policies.json("while-down-" + i, 3000 + i));
                    assertEquals(503, write.status(), write.body());
                    assertEquals("store-unavailable", write.json().get("error").asText());
                    assertNotNull(write.header("Retry-After"), "503 says when to retry");
                    int replica = i;
                    Replicas.await("replica " + i + " says it is not ready", Duration.ofSeconds(30),
                            () -> replicas.api(replica).get("readyz", null).status() == 503);
                }
            } finally {
                POSTGRES.cluster().startServer();
            }

            Replicas.await("a write works again", Duration.ofSeconds(60),
                    () -> replicas.deploy(1, "hq", 5, Policies.json("after", 4000)).status() == 201);
            Replicas.await("every replica serves version 6 without a restart", Duration.ofSeconds(60),
                    () -> allAt(replicas, token, 6));
            for (int i = 0; i < 3; i++) {
                int replica = i;
                Replicas.await("replica " + i + " is ready again", Duration.ofSeconds(30),
                        () -> replicas.api(replica).get("readyz", null).status() == 200);
                var versions = replicas.api(i).get("v1/admin/groups/hq/versions", replicas.adminToken).json();
                assertEquals(6, versions.get("versions").size(), "nothing half-written: replica " + i);
                assertEquals("after", versions.get("versions").get(5).get("name").asText());
            }
            String six = Replicas.poll(replicas.api(0), "hq", token, null).header("ETag");
            for (int i = 1; i < 3; i++) {
                assertEquals(304, Replicas.poll(replicas.api(i), "hq", token, six).status(), "the same ETag");
            }
        }
    }

    private static boolean allAt(Replicas replicas, String token, long version) {
        for (int i = 0; i < 3; i++) {
            Api.Reply poll = Replicas.poll(replicas.api(i), "hq", token, null);
            if (poll.status() != 200 || poll.json().get("version").asLong() != version) {
                return false;
            }
        }
        return true;
    }

    private void deployUntil(ChildServer server, String admin, String prefix, AtomicBoolean stop) {
        try {
            for (int i = 0; !stop.get(); i++) {
                long current = server.api.sendOrThrow(server.api.request("v1/admin/groups/hq", admin).GET()).json()
                        .get("currentVersion").asLong();
                Api.Reply reply = server.api.sendOrThrow(server.api.request("v1/admin/groups/hq/policy", admin)
                        .header("If-Match", "\"" + current + "\"").header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(Policies.json(prefix + i, 1000 + i % 60000))));
                if (reply.status() == 201) {
                    acknowledged.put(reply.json().get("version").asLong(), prefix + i);
                } else if (reply.status() != 412) {
                    throw new AssertionError("HTTP " + reply.status() + ": " + reply.body());
                }
            }
        } catch (IOException e) {
            // this deployer's replica was killed: it stops
        } catch (RuntimeException | AssertionError e) {
            unexpected.add(e);
        }
    }

    private void verify(ChildServer server, String admin, String agentToken) throws Exception {
        Replicas.await("the replica has every acknowledged version", Duration.ofSeconds(30), () -> server.api
                .get("v1/admin/groups/hq", admin).json().get("currentVersion").asLong() >= acknowledged.keySet()
                        .stream().mapToLong(Long::longValue).max().orElse(0));
        List<JsonNode> versions = new ArrayList<>();
        server.api.get("v1/admin/groups/hq/versions", admin).json().get("versions").forEach(versions::add);
        Map<Long, String> stored = new ConcurrentHashMap<>();
        long previous = 0;
        for (JsonNode v : versions) {
            long number = v.get("version").asLong();
            assertEquals(previous + 1, number, "versions are consecutive");
            assertEquals(previous, v.get("from").asLong(), "version " + number + " follows the one before");
            previous = number;
            Api.Reply whole = server.api.get("v1/admin/groups/hq/versions/" + number, admin);
            assertEquals(200, whole.status());
            stored.put(number, PolicyCodec.read(whole.body()).name()); // whole: it parses strictly
        }
        acknowledged.forEach((version, name) -> assertEquals(name, stored.get(version),
                "acknowledged version " + version + " is lost or changed"));
        Api.Reply poll = server.api.get("v1/agent/groups/hq/policy", agentToken);
        assertEquals(200, poll.status());
        assertEquals(previous, poll.json().get("version").asLong(), "agents get the last version");
    }
}
