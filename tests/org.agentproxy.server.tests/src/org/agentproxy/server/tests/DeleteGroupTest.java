package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code DELETE /v1/admin/groups/NAME}: conditional on the current version, refused for a group holding a policy
 * unless forced; the group's history is kept in {@code deleted-groups/}, its agents get 404, the name is free.
 */
class DeleteGroupTest {

    @TempDir
    Path data;
    TestServer server;
    String agentToken;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(data);
        agentToken = server.createGroup("hq");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private Api.Reply delete(String query, String... headers) {
        return server.api.delete("v1/admin/groups/hq" + query, server.adminToken, headers);
    }

    @Test
    void anEmptyGroupIsDeletedAtItsVersionAndKeptWithItsDeletionRecord() throws Exception {
        Api.Reply reply = delete("", "If-Match", "\"0\"");

        assertEquals(200, reply.status(), reply.body());
        JsonNode body = reply.json();
        assertEquals("hq", body.get("group").asText());
        assertEquals("delete-group", body.get("action").asText());
        assertEquals("admin", body.get("actor").asText());
        assertEquals(0, body.get("deletedVersion").asLong());
        String archived = body.get("archivedAs").asText();
        assertEquals(404, server.api.get("v1/admin/groups/hq", server.adminToken).status());
        assertFalse(server.api.get("v1/admin/groups", server.adminToken).body().contains("\"hq\""));
        if (Stores.postgres()) { // the group's rows stay, marked deleted with the record
            assertTrue(archived.startsWith("database groups.id "), archived);
            String dump = Stores.atRest(data);
            assertTrue(dump.contains("agentproxy-server-deletion/1"), "the deletion record is kept");
        } else {
            assertTrue(archived.startsWith("deleted-groups/hq."), archived);
            assertFalse(Files.exists(data.resolve("groups/hq")));
            Path kept = data.resolve(archived);
            assertTrue(Files.isRegularFile(kept.resolve("agent-tokens/0000000001.json")), "the token history is kept");
            JsonNode record = Api.JSON.readTree(Files.readAllBytes(kept.resolve("deleted.json")));
            assertEquals("delete-group", record.get("action").asText());
            assertEquals("admin", record.get("actor").asText());
        }
        assertTrue(server.log.stream().anyMatch(l -> l.contains("group hq deleted by admin at version 0")),
                server.log.toString());
    }

    @Test
    void withoutIfMatchItIs428AndWithAStaleVersion412AndNothingChanges() {
        assertEquals("missing-if-match", delete("").json().get("error").asText());
        server.deploy("hq", 0, Policies.json("HQ", 8080));

        Api.Reply stale = delete("?force=true", "If-Match", "\"0\"");

        assertEquals(412, stale.status());
        assertEquals(1, stale.json().get("currentVersion").asLong());
        assertEquals(200, server.api.get("v1/admin/groups/hq", server.adminToken).status());
    }

    @Test
    void aGroupHoldingAPolicyIsRefusedWithoutForceAndItsAgentsGet404AfterAForcedDelete() throws Exception {
        server.deploy("hq", 0, Policies.json("HQ", 8080));
        assertEquals(200, server.poll("hq", agentToken, null).status());

        Api.Reply refused = delete("", "If-Match", "\"1\"");

        assertEquals(409, refused.status());
        assertEquals("group-has-policy", refused.json().get("error").asText());
        assertTrue(refused.json().get("message").asText().contains("?force=true"), refused.body());
        assertEquals(200, server.poll("hq", agentToken, null).status(), "refused: nothing changed");
        // force=yes is outside the contract (a boolean): straight to the server, which refuses it too
        assertEquals(400, server.direct.delete("v1/admin/groups/hq?force=yes", server.adminToken, "If-Match", "\"1\"")
                .status());

        Api.Reply deleted = delete("?force=true", "If-Match", "\"1\"");

        assertEquals(200, deleted.status(), deleted.body());
        assertEquals(1, deleted.json().get("deletedVersion").asLong());
        Api.Reply poll = server.poll("hq", agentToken, null);
        assertEquals(404, poll.status());
        assertEquals("unknown-group", poll.json().get("error").asText());
        if (!Stores.postgres()) {
            Path kept = data.resolve(deleted.json().get("archivedAs").asText());
            assertTrue(Files.isRegularFile(kept.resolve("versions/0000000001.json")), "the versions are kept");
        }
    }

    @Test
    void theNameMayBeCreatedAgainWithANewTokenAndANewHistory() {
        delete("", "If-Match", "\"0\"");

        String second = server.createGroup("hq");

        assertFalse(second.equals(agentToken));
        assertEquals(0, server.api.get("v1/admin/groups/hq", server.adminToken).json().get("currentVersion")
                .asLong());
        server.deploy("hq", 0, Policies.json("HQ", 8080));
        assertEquals(403, server.poll("hq", agentToken, null).status(), "the old group's token is not accepted");
        assertEquals(200, server.poll("hq", second, null).status());
        JsonNode audit = server.api.get("v1/admin/groups/hq/audit", server.adminToken).json().get("entries");
        assertEquals("create-group", audit.get(0).get("action").asText(), "a new history");
    }

    @Test
    void aDeletedGroupStaysDeletedAfterARestart() throws Exception {
        delete("", "If-Match", "\"0\"");
        server.close();
        server = TestServer.start(data);

        assertEquals(404, server.api.get("v1/admin/groups/hq", server.adminToken).status());
        if (!Stores.postgres()) {
            try (var archived = Files.list(data.resolve("deleted-groups"))) {
                assertEquals(1, archived.count());
            }
        }
    }

    @Test
    void aDeletionInterruptedBeforeTheMoveIsFinishedOnStart() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(Stores.postgres(), "the file store's directories only");
        server.close();
        Files.writeString(data.resolve("groups/hq/deleted.json"), "{\"format\": \"agentproxy-server-deletion/1\", "
                + "\"archivedAs\": \"deleted-groups/hq.20261205T000000Z\"}");

        server = TestServer.start(data);

        assertEquals(404, server.api.get("v1/admin/groups/hq", server.adminToken).status());
        assertTrue(Files.isDirectory(data.resolve("deleted-groups/hq.20261205T000000Z/agent-tokens")));
        assertFalse(Files.exists(data.resolve("groups/hq")));
    }

    @Test
    void anUnknownGroupIs404AndAnAgentTokenIs403() {
        assertEquals(404, server.api.delete("v1/admin/groups/lab", server.adminToken, "If-Match", "\"0\"")
                .status());
        assertEquals(403, server.api.delete("v1/admin/groups/hq", agentToken, "If-Match", "\"0\"").status());
        assertEquals(200, server.api.get("v1/admin/groups/hq", server.adminToken).status());
    }
}
