package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM, as a service manager sends it, stops a server in its own JVM (the launcher's main class) gracefully:
 * exit code 0, "stopped" in its log, the data directory released for the next start, nothing lost.
 */
class GracefulStopTest {

    @TempDir
    Path data;
    @TempDir
    Path logs;

    @Test
    void sigtermStopsTheServerWithExitCode0() throws Exception {
        Path stderr = logs.resolve("server-stderr.txt");
        ChildServer server = ChildServer.start(data, stderr);
        assertEquals(201, server.api.put("v1/admin/groups/hq", server.adminToken, "").status());

        server.process.destroy(); // SIGTERM
        assertTrue(server.process.waitFor(60, TimeUnit.SECONDS), "the server did not stop within 60 s");

        assertEquals(0, server.process.exitValue(), Files.readString(stderr));
        assertTrue(Files.readString(stderr).contains("agentproxy server: stopped"), Files.readString(stderr));
        ChildServer again = ChildServer.start(data, stderr); // the lock is free again
        try {
            assertEquals(200, again.api.get("v1/admin/groups/hq", again.adminToken).status());
        } finally {
            again.kill();
        }
    }
}
