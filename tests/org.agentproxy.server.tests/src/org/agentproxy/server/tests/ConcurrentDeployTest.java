package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Concurrent deploys: If-Match lets exactly one of a race win, and no acknowledged update is ever lost. */
class ConcurrentDeployTest {

    private static final int THREADS = 4;
    private static final int DEPLOYS_PER_THREAD = 10;

    @TempDir
    Path data;
    TestServer server;
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(data);
        server.createGroup("hq");
    }

    @AfterEach
    void stop() throws Exception {
        pool.shutdownNow();
        server.close();
    }

    @Test
    void ofDeploysRacingOnTheSameVersionExactlyOneWins() throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String name = "racer-" + t;
            statuses.add(pool.submit(() -> {
                start.await();
                return server.deploy("hq", 0, Policies.json(name, 8080)).status();
            }));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : statuses) {
            codes.add(f.get());
        }

        assertEquals(1, codes.stream().filter(c -> c == 201).count(), codes.toString());
        assertEquals(THREADS - 1, codes.stream().filter(c -> c == 412).count(), codes.toString());
        assertEquals(1, versions().size());
    }

    @Test
    void concurrentReadModifyWriteLoopsLoseNoUpdate() throws Exception {
        List<Future<List<String>>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit((Callable<List<String>>) () -> deployLoop(thread)));
        }
        Set<String> acknowledged = new HashSet<>();
        for (Future<List<String>> f : done) {
            acknowledged.addAll(f.get());
        }

        List<JsonNode> versions = versions();
        Set<String> stored = new HashSet<>();
        versions.forEach(v -> stored.add(v.get("name").asText()));
        assertEquals(THREADS * DEPLOYS_PER_THREAD, acknowledged.size());
        assertEquals(acknowledged.size(), versions.size(), "one version per acknowledged deploy");
        assertEquals(acknowledged, stored);
        for (int i = 0; i < versions.size(); i++) {
            assertEquals(i, versions.get(i).get("from").asLong(), "every version is based on the one before");
        }
    }

    /** Reads the current version, deploys on it, retries on 412: what a careful client does. */
    private List<String> deployLoop(int thread) {
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < DEPLOYS_PER_THREAD; i++) {
            String name = "t" + thread + "-" + i;
            while (true) {
                long current = server.api.get("v1/admin/groups/hq", server.adminToken).json().get("currentVersion")
                        .asLong();
                Api.Reply reply = server.deploy("hq", current, Policies.json(name, 1000 + i));
                if (reply.status() == 201) {
                    acknowledged.add(name);
                    break;
                }
                assertEquals(412, reply.status(), reply.body());
            }
        }
        return acknowledged;
    }

    private List<JsonNode> versions() {
        List<JsonNode> list = new ArrayList<>();
        server.api.get("v1/admin/groups/hq/versions", server.adminToken).json().get("versions").forEach(list::add);
        return list;
    }
}
