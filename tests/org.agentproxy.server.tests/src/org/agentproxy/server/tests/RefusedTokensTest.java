package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.agentproxy.server.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Refused tokens: limited per client address (429 with {@code Retry-After}, also for a right token and for agents,
 * so that guessing goes no faster), and every refused admin request recorded without the token.
 */
class RefusedTokensTest {

    private static final String WRONG = "apa_NotTheTokenOfThisServer0123456789abcdefghij";

    @TempDir
    Path data;
    TestServer server;

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void anAddressWithTooManyRefusedTokensGets429WithRetryAfterEvenWithARightToken() throws Exception {
        server = TestServer.start(ServerConfig.of(data).withAuthFailureLimit(3));
        String agentToken = server.createGroup("hq");
        server.deploy("hq", 0, Policies.json("HQ", 8080));
        assertEquals(200, server.poll("hq", agentToken, null).status());

        assertEquals(403, server.api.get("v1/admin/groups", WRONG).status());
        assertEquals(403, server.poll("hq", "apg_wrong", null).status()); // agent tokens count too
        assertEquals(403, server.api.get("v1/admin/groups/hq", WRONG).status());

        Api.Reply admin = server.api.get("v1/admin/groups", server.adminToken);
        Api.Reply agent = server.poll("hq", agentToken, null);

        for (Api.Reply reply : new Api.Reply[] {admin, agent}) {
            assertEquals(429, reply.status(), reply.body());
            assertEquals("too-many-refused-tokens", reply.json().get("error").asText());
            int retryAfter = Integer.parseInt(reply.header("Retry-After"));
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After: " + retryAfter);
            assertEquals(retryAfter, reply.json().get("retryAfter").asInt());
        }
        assertTrue(server.log.stream().anyMatch(l -> l.contains("3 refused tokens from 127.0.0.1")), server.log
                .toString());
    }

    @Test
    void refusedAdminRequestsAreAuditedWithoutTheToken() throws Exception {
        server = TestServer.start(ServerConfig.of(data));
        server.createGroup("hq");

        assertEquals(403, server.api.get("v1/admin/groups/hq/secrets", WRONG).status());
        // no token at all is outside the contract: straight to the server
        assertEquals(401, server.direct.get("v1/admin/groups", null).status());

        Api.Reply reply = server.api.get("v1/admin/audit/refused", server.adminToken);

        assertEquals(200, reply.status(), reply.body());
        JsonNode entries = reply.json().get("entries");
        assertEquals(2, entries.size(), reply.body());
        JsonNode wrong = entries.get(0);
        assertEquals("wrong-token", wrong.get("error").asText());
        assertEquals("GET", wrong.get("method").asText());
        assertEquals("/v1/admin/groups/hq/secrets", wrong.get("path").asText());
        assertEquals("127.0.0.1", wrong.get("client").asText());
        assertTrue(wrong.hasNonNull("time"));
        assertEquals("missing-token", entries.get(1).get("error").asText());
        assertFalse(reply.body().contains(WRONG), "the refused token is not recorded");
        Path file = data.resolve("refused-admin.log");
        assertFalse(Files.readString(file).contains(WRONG), "the refused token is not recorded");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void theLimitCanBeTurnedOff() throws Exception {
        server = TestServer.start(ServerConfig.of(data).withAuthFailureLimit(0));

        for (int i = 0; i < 40; i++) {
            assertEquals(403, server.api.get("v1/admin/groups", WRONG).status());
        }
        assertEquals(200, server.api.get("v1/admin/groups", server.adminToken).status());
    }
}
