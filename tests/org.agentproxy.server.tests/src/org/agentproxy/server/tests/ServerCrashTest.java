package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * kill -9 of a server in a separate JVM during a stream of concurrent deploys, then a restart: every acknowledged
 * version is there, whole and unchanged, and agents get the last whole version. Three rounds on one directory.
 */
class ServerCrashTest {

    private static final int ROUNDS = 3;
    private static final int ACKS_PER_ROUND = 25;
    private static final int DEPLOYERS = 3;

    @TempDir
    Path data;
    @TempDir
    Path logs;

    /** version → policy name, for every deploy the server acknowledged with 201 */
    private final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    private final List<Throwable> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Test
    void aKilledServerLosesNothingAcknowledgedAndServesNoTornVersion() throws Exception {
        Path stderr = logs.resolve("server-stderr.txt");
        ChildServer server = ChildServer.start(data, stderr);
        Api.Reply created = server.api.put("v1/admin/groups/hq", server.adminToken, "");
        assertEquals(201, created.status(), created.body());
        String agentToken = created.json().get("agentToken").asText();
        for (int round = 0; round < ROUNDS; round++) {
            CountDownLatch enough = new CountDownLatch(1);
            int goal = acknowledged.size() + ACKS_PER_ROUND;
            List<Thread> deployers = new ArrayList<>();
            for (int d = 0; d < DEPLOYERS; d++) {
                String prefix = "r" + round + "-d" + d + "-";
                ChildServer target = server;
                Thread t = new Thread(() -> deployUntilTheServerDies(target, prefix, goal, enough));
                t.start();
                deployers.add(t);
            }
            assertTrue(enough.await(5, TimeUnit.MINUTES), "the deploys did not get through");
            server.kill(); // SIGKILL while the deployers are still sending
            for (Thread t : deployers) {
                t.join();
            }
            assertTrue(unexpected.isEmpty(), "a deployer failed: " + unexpected);

            server = ChildServer.start(data, stderr);
            verify(server, agentToken);
        }
        server.stop();
    }

    private void deployUntilTheServerDies(ChildServer server, String prefix, int goal, CountDownLatch enough) {
        try {
            for (int i = 0;; i++) {
                long current = server.api.sendOrThrow(server.api.request("v1/admin/groups/hq", server.adminToken)
                        .GET()).json().get("currentVersion").asLong();
                Api.Reply reply = server.api.sendOrThrow(server.api.request("v1/admin/groups/hq/policy",
                        server.adminToken).header("If-Match", "\"" + current + "\"")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(Policies.json(prefix + i,
                                1000 + i % 60000))));
                if (reply.status() == 201) {
                    acknowledged.put(reply.json().get("version").asLong(), prefix + i);
                    if (acknowledged.size() >= goal) {
                        enough.countDown();
                    }
                }
            }
        } catch (IOException e) {
            // the server was killed: this deployer stops
        } catch (RuntimeException e) {
            unexpected.add(e);
            enough.countDown();
        }
    }

    private void verify(ChildServer server, String agentToken) throws Exception {
        List<JsonNode> versions = new ArrayList<>();
        server.api.get("v1/admin/groups/hq/versions", server.adminToken).json().get("versions")
                .forEach(versions::add);
        Map<Long, String> stored = new ConcurrentHashMap<>();
        long previous = 0;
        for (JsonNode v : versions) {
            long number = v.get("version").asLong();
            assertEquals(previous, v.get("from").asLong(), "version " + number + " follows the one before");
            previous = number;
            Api.Reply whole = server.api.get("v1/admin/groups/hq/versions/" + number, server.adminToken);
            assertEquals(200, whole.status());
            Policy policy = PolicyCodec.read(whole.body()); // whole: it parses strictly
            stored.put(number, policy.name());
        }
        acknowledged.forEach((version, name) -> assertEquals(name, stored.get(version),
                "acknowledged version " + version + " is lost or changed"));
        Api.Reply poll = server.api.get("v1/agent/groups/hq/policy", agentToken);
        assertEquals(200, poll.status());
        assertEquals(previous, poll.json().get("version").asLong(), "agents get the last whole version");
        assertEquals(stored.get(previous), PolicyCodec.read(Api.JSON.writeValueAsString(poll.json().get("policy")))
                .name());
    }
}
