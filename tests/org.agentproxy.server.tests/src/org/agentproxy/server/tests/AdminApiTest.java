package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.agentproxy.policy.codec.PolicyCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The admin API: tokens, deploy with If-Match, versions, rollback, audit, restart. */
class AdminApiTest {

    @TempDir
    Path data;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(data);
        server.createGroup("hq");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void theFirstStartWritesAnOwnerOnlyAdminTokenAndSaysWhere() throws Exception {
        Path file = data.resolve("admin-token");

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve("secret.key"))));
        assertTrue(server.log.stream().anyMatch(l -> l.contains(file.toString())), server.log.toString());
        assertTrue(server.adminToken.startsWith("apa_"));
        assertFalse(server.log.stream().anyMatch(l -> l.contains(server.adminToken)), "the token is not logged");
    }

    @Test
    void theServerKeepsOnlyTheTokensHash() throws Exception {
        try (var files = Files.walk(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().equals("admin-token")) {
                    assertFalse(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)
                            .contains(server.adminToken), f + " holds the admin token");
                }
            }
        }
        if (Stores.postgres()) {
            String dump = Stores.dump(data);
            assertFalse(dump.contains(server.adminToken), "the database holds the admin token in clear");
            assertTrue(dump.contains(Stores.sha256Hex(server.adminToken)), "the database holds its hash");
        }
    }

    @Test
    void aDeployReturnsTheNewVersionAndTheCurrentPolicyCanBeRead() throws Exception {
        Api.Reply deploy = server.deploy("hq", 0, Policies.json("HQ", 8080));

        assertEquals(201, deploy.status(), deploy.body());
        assertEquals(1, deploy.json().get("version").asLong());
        assertEquals("\"1\"", deploy.header("ETag"));
        Api.Reply current = server.api.get("v1/admin/groups/hq/policy", server.adminToken);
        assertEquals(200, current.status());
        assertEquals("\"1\"", current.header("ETag"));
        assertEquals(Policies.named("HQ", 8080), PolicyCodec.read(current.body()));
    }

    @Test
    void aStaleIfMatchGets412AndChangesNothing() throws Exception {
        server.deploy("hq", 0, Policies.json("HQ", 8080));
        server.deploy("hq", 1, Policies.json("HQ", 8081));

        Api.Reply stale = server.deploy("hq", 1, Policies.json("Stale", 9999));

        assertEquals(412, stale.status());
        assertEquals("stale-version", stale.json().get("error").asText());
        assertEquals(2, stale.json().get("currentVersion").asLong());
        assertEquals(2, versions().size());
        assertEquals("HQ", PolicyCodec.read(server.api.get("v1/admin/groups/hq/policy", server.adminToken)
                .body()).name());
    }

    @Test
    void aDeployWithoutIfMatchIs428() {
        Api.Reply reply = server.api.put("v1/admin/groups/hq/policy", server.adminToken, Policies.json("HQ", 8080));

        assertEquals(428, reply.status());
        assertEquals("If-Match", reply.json().get("message").asText().substring(0, 8));
        assertTrue(versions().isEmpty());
    }

    @Test
    void ifNoneMatchStarDeploysTheFirstVersionOnly() {
        Api.Reply first = server.api.put("v1/admin/groups/hq/policy", server.adminToken, Policies.json("A", 8080),
                "If-None-Match", "*");
        Api.Reply second = server.api.put("v1/admin/groups/hq/policy", server.adminToken, Policies.json("B", 8080),
                "If-None-Match", "*");

        assertEquals(201, first.status());
        assertEquals(412, second.status());
    }

    @Test
    void rollbackMakesAnOldPolicyCurrentAsANewVersion() throws Exception {
        server.deploy("hq", 0, Policies.json("HQ", 8080));
        server.deploy("hq", 1, Policies.json("HQ", 3128));

        Api.Reply rollback = server.api.post("v1/admin/groups/hq/rollback", server.adminToken, "{\"version\": 1}",
                "If-Match", "\"2\"", "X-Agentproxy-Note", "bad proxy port");

        assertEquals(201, rollback.status(), rollback.body());
        assertEquals(3, rollback.json().get("version").asLong());
        assertEquals(1, rollback.json().get("rollbackOf").asLong());
        assertEquals(Policies.named("HQ", 8080), PolicyCodec.read(server.api.get("v1/admin/groups/hq/versions/3",
                server.adminToken).body()));
        assertEquals(List.of("deploy", "deploy", "rollback"), versions().stream().map(v -> v.get("action").asText())
                .toList());
    }

    @Test
    void rollbackToAMissingVersionIs404AndAStaleOne412() {
        server.deploy("hq", 0, Policies.json("HQ", 8080));

        Api.Reply missing = server.api.post("v1/admin/groups/hq/rollback", server.adminToken, "{\"version\": 7}",
                "If-Match", "\"1\"");
        Api.Reply stale = server.api.post("v1/admin/groups/hq/rollback", server.adminToken, "{\"version\": 1}",
                "If-Match", "\"0\"");

        assertEquals(404, missing.status());
        assertEquals("unknown-version", missing.json().get("error").asText());
        assertEquals(412, stale.status());
        assertEquals(1, versions().size());
    }

    @Test
    void theAuditLogSaysWhoDidWhatWhenFromWhichVersion() {
        server.deploy("hq", 0, Policies.json("HQ", 8080));
        server.deploy("hq", 1, Policies.json("HQ", 3128));
        server.api.post("v1/admin/groups/hq/rollback", server.adminToken, "{\"version\": 1}", "If-Match", "\"2\"");

        JsonNode entries = server.api.get("v1/admin/groups/hq/audit", server.adminToken).json().get("entries");

        assertEquals(List.of("create-group", "deploy", "deploy", "rollback"), actions(entries));
        JsonNode rollback = entries.get(3);
        assertEquals("admin", rollback.get("actor").asText());
        assertEquals(3, rollback.get("version").asLong());
        assertEquals(2, rollback.get("from").asLong());
        assertTrue(rollback.get("detail").asText().contains("restores version 1"));
        assertTrue(rollback.get("time").asText().endsWith("Z"));
    }

    @Test
    void aRestartedServerServesTheLastVersionAndItsHistory() throws Exception {
        server.deploy("hq", 0, Policies.json("HQ", 8080));
        server.deploy("hq", 1, Policies.json("HQ", 3128));
        server.close();

        server = TestServer.start(data);

        assertEquals(2, versions().size());
        assertEquals(Policies.named("HQ", 3128), PolicyCodec.read(server.api.get("v1/admin/groups/hq/policy",
                server.adminToken).body()));
        assertEquals(3, server.api.get("v1/admin/groups/hq/audit", server.adminToken).json().get("entries").size());
    }

    @Test
    void aSecondServerCannotOpenTheSameDataDirectory() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> TestServer.start(data));

        assertTrue(e.getMessage().contains("in use by another policy server"), e.getMessage());
    }

    @Test
    void groupsAreListedAndCreatedOnce() {
        Api.Reply again = server.api.put("v1/admin/groups/hq", server.adminToken, "");
        Api.Reply list = server.api.get("v1/admin/groups", server.adminToken);

        assertEquals(409, again.status());
        assertEquals("group-exists", again.json().get("error").asText());
        assertEquals("hq", list.json().get("groups").get(0).get("group").asText());
    }

    private List<JsonNode> versions() {
        List<JsonNode> list = new java.util.ArrayList<>();
        server.api.get("v1/admin/groups/hq/versions", server.adminToken).json().get("versions").forEach(list::add);
        return list;
    }

    private static List<String> actions(JsonNode entries) {
        List<String> list = new java.util.ArrayList<>();
        entries.forEach(e -> list.add(e.get("action").asText()));
        return list;
    }
}
