package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** What agents see: the current policy with an ETag, 304 while it is unchanged, the new one after a deploy. */
class AgentApiTest {

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

    @Test
    void aDeployedPolicyReachesAgentsWithAnEtag() throws Exception {
        assertEquals(201, server.deploy("hq", 0, Policies.json("HQ", 8080)).status());

        Api.Reply poll = server.poll("hq", agentToken, null);

        assertEquals(200, poll.status(), poll.body());
        assertNotNull(poll.header("ETag"));
        JsonNode doc = poll.json();
        assertEquals("agentproxy-agent-policy/1", doc.get("format").asText());
        assertEquals(1, doc.get("version").asLong());
        Policy policy = PolicyCodec.read(Api.JSON.writeValueAsString(doc.get("policy")));
        assertEquals(Policies.named("HQ", 8080), policy);
    }

    @Test
    void anUnchangedPollGets304AndNoBody() {
        server.deploy("hq", 0, Policies.json("HQ", 8080));
        String etag = server.poll("hq", agentToken, null).header("ETag");

        Api.Reply poll = server.poll("hq", agentToken, etag);

        assertEquals(304, poll.status());
        assertEquals("", poll.body());
        assertEquals(etag, poll.header("ETag"));
    }

    @Test
    void headGivesTheHeadersOfAPollWithoutTheBody() {
        server.deploy("hq", 0, Policies.json("HQ", 8080));
        String etag = server.poll("hq", agentToken, null).header("ETag");

        // straight to the server: Prism 5.16 reads the (absent) body of a HEAD answer typed application/json as
        // JSON and fails; the 304 below, which has no Content-Type, goes through it
        Api.Reply head = server.direct.send(server.direct.request("v1/agent/groups/hq/policy", agentToken)
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));
        Api.Reply unchanged = server.api.send(server.api.request("v1/agent/groups/hq/policy", agentToken)
                .header("If-None-Match", etag).method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, head.status());
        assertEquals(etag, head.header("ETag"));
        assertEquals("", head.body());
        assertEquals(304, unchanged.status());
        assertEquals(etag, unchanged.header("ETag"));
    }

    @Test
    void afterADeployThePollGets200AndANewEtag() {
        server.deploy("hq", 0, Policies.json("HQ", 8080));
        String first = server.poll("hq", agentToken, null).header("ETag");

        assertEquals(201, server.deploy("hq", 1, Policies.json("HQ", 3128)).status());
        Api.Reply poll = server.poll("hq", agentToken, first);

        assertEquals(200, poll.status());
        assertNotEquals(first, poll.header("ETag"));
        assertEquals(2, poll.json().get("version").asLong());
        assertEquals(3128, poll.json().at("/policy/internalAgents/server/port").asInt());
    }

    @Test
    void weakAndListedEtagsMatchToo() {
        server.deploy("hq", 0, Policies.json("HQ", 8080));
        String etag = server.poll("hq", agentToken, null).header("ETag");

        assertEquals(304, server.poll("hq", agentToken, "W/" + etag).status());
        assertEquals(304, server.poll("hq", agentToken, "\"other\", " + etag).status());
        assertEquals(200, server.poll("hq", agentToken, "\"other\"").status());
    }

    @Test
    void aGroupWithoutAPolicyIs404NoPolicy() {
        Api.Reply poll = server.poll("hq", agentToken, null);

        assertEquals(404, poll.status());
        assertEquals("no-policy", poll.json().get("error").asText());
    }

    @Test
    void aMissingTokenIs401AndAWrongOneIs403() {
        server.deploy("hq", 0, Policies.json("HQ", 8080));

        // no token at all is outside the contract (Prism would answer for the server): straight to the server
        Api.Reply missing = server.direct.get("v1/agent/groups/hq/policy", null);
        Api.Reply wrong = server.poll("hq", "apg_not-the-token", null);
        Api.Reply admin = server.poll("hq", server.adminToken, null);

        assertEquals(401, missing.status());
        assertEquals("missing-token", missing.json().get("error").asText());
        assertTrue(missing.header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals(403, wrong.status());
        assertEquals("wrong-token", wrong.json().get("error").asText());
        assertEquals(403, admin.status(), "the admin token is not an agent token");
    }

    @Test
    void anotherGroupsTokenIsRefused() {
        String otherToken = server.createGroup("branch");
        server.deploy("hq", 0, Policies.json("HQ", 8080));

        assertEquals(403, server.poll("hq", otherToken, null).status());
    }

    @Test
    void anUnknownGroupIs404NamingIt() {
        Api.Reply poll = server.poll("nowhere", agentToken, null);

        assertEquals(404, poll.status());
        assertEquals("unknown-group", poll.json().get("error").asText());
        assertEquals("group", poll.json().get("field").asText());
        assertTrue(poll.json().get("message").asText().contains("nowhere"));
    }

    @Test
    void aRotatedAgentTokenReplacesTheOldOne() {
        server.deploy("hq", 0, Policies.json("HQ", 8080));

        Api.Reply rotated = server.api.post("v1/admin/groups/hq/agent-token", server.adminToken, "");

        assertEquals(200, rotated.status());
        String fresh = rotated.json().get("agentToken").asText();
        assertEquals(403, server.poll("hq", agentToken, null).status());
        assertEquals(200, server.poll("hq", fresh, null).status());
    }
}
