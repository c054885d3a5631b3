package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's start-up stays lazy: over its data directory it loads nothing of the PostgreSQL store — neither
 * pgjdbc nor HikariCP nor the store's own classes — although they are on its class path (docs/scaling.md).
 */
class LazyStoreTest {

    @TempDir
    Path data;
    @TempDir
    Path logs;

    @Test
    void aServerOverItsDataDirectoryLoadsNoClassOfThePostgresqlStore() throws Exception {
        Path classes = logs.resolve("classes.txt");
        ChildServer server = ChildServer.start(List.of("-Xlog:class+load=info:file=" + classes), data,
                logs.resolve("stderr.txt"));
        try {
            assertEquals(201, server.api.put("v1/admin/groups/hq", server.adminToken, "").status());
            assertEquals(201, server.api.put("v1/admin/groups/hq/policy", server.adminToken,
                    Policies.json("HQ", 8080), "If-Match", "\"0\"").status());
        } finally {
            server.stop();
        }
        List<String> loaded = Files.readAllLines(classes).stream().filter(l -> l.contains("org.postgresql.")
                || l.contains("com.zaxxer.") || l.contains("internal.store.Pg")).toList();
        assertTrue(Files.readString(classes).contains("org.agentproxy.server.internal.store.FileStore"),
                "the class-load log works");
        assertTrue(loaded.isEmpty(), "loaded: " + loaded);
    }
}
