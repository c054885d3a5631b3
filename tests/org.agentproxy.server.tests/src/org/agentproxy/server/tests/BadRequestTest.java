package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Path;

import org.agentproxy.server.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refused request gets a 4xx and a JSON error naming the problem, and changes nothing. */
class BadRequestTest {

    private static final int LIMIT = 8192;

    @TempDir
    Path data;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(ServerConfig.of(data).withMaxBodyBytes(LIMIT));
        server.createGroup("hq");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void aMalformedPolicyIs400WithTheFieldPathAndLine() {
        String body = "{\n  \"format\": \"agentproxy-policy/1\",\n  \"name\": \"T\",\n"
                + "  \"server\": {\"host\": \"a.example\", \"port\": \"4343\"}\n}\n";

        // straight to the server: the line and column are those of the bytes sent (Prism re-encodes JSON bodies)
        Api.Reply reply = server.direct.put("v1/admin/groups/hq/policy", server.adminToken, body, "If-Match", "\"0\"",
                "Content-Type", "application/json");

        assertEquals(400, reply.status());
        assertEquals("malformed-policy", reply.json().get("error").asText());
        assertEquals("server.port", reply.json().get("field").asText());
        assertEquals(4, reply.json().get("line").asInt());
        assertTrue(reply.json().get("message").asText().startsWith("server.port: expected a whole number"));
        assertNoVersion();
    }

    @Test
    void anUnknownFieldIsNamed() {
        Api.Reply reply = server.deploy("hq", 0, "{\"format\": \"agentproxy-policy/1\", \"name\": \"T\", "
                + "\"internalAgents\": {\"server\": {\"prot\": 8080}}}");

        assertEquals(400, reply.status());
        assertTrue(reply.json().get("field").asText().startsWith("internalAgents.server"), reply.body());
    }

    @Test
    void anInvalidPolicyIs422WithEveryProblem() {
        Api.Reply reply = server.deploy("hq", 0, """
                {"format": "agentproxy-policy/1", "name": "Bad",
                 "server": {"host": "osce.corp.example", "port": 4343},
                 "internalAgents": {"server": {"enabled": true, "host": "proxy.corp", "port": 70000}}}
                """);

        assertEquals(422, reply.status());
        assertEquals("invalid-policy", reply.json().get("error").asText());
        assertEquals("internalAgents.server.port", reply.json().get("field").asText());
        assertEquals("internalAgents.server.port", reply.json().get("problems").get(0).get("field").asText());
        assertNoVersion();
    }

    @Test
    void aPlainTextPasswordIsRefusedWithoutEchoingIt() {
        Api.Reply reply = server.deploy("hq", 0, """
                {"format": "agentproxy-policy/1", "name": "P", "server": {"host": "o.example", "port": 4343},
                 "internalAgents": {"server": {"enabled": true, "host": "p.example", "port": 8080,
                   "user": "u", "password": "S3cr3t-value"}}}
                """);

        assertEquals(400, reply.status());
        assertEquals("internalAgents.server.password", reply.json().get("field").asText());
        assertFalse(reply.body().contains("S3cr3t-value"));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = Policies.json("HQ", 8080).replace("\"name\"", "\"description\" : \"" + "x".repeat(LIMIT)
                + "\", \"name\"");

        Api.Reply reply = server.deploy("hq", 0, big);

        assertEquals(413, reply.status());
        assertEquals("body-too-large", reply.json().get("error").asText());
        assertEquals(LIMIT, reply.json().get("limit").asInt());
        assertNoVersion();
    }

    @Test
    void anUnknownGroupIs404AndAnInvalidName400() {
        Api.Reply unknown = server.deploy("nowhere", 0, Policies.json("HQ", 8080));
        // a name the contract's pattern excludes: straight to the server, which refuses it too
        Api.Reply invalid = server.direct.get("v1/admin/groups/-bad/policy", server.adminToken);

        assertEquals(404, unknown.status());
        assertEquals("unknown-group", unknown.json().get("error").asText());
        assertEquals(400, invalid.status());
        assertEquals("group", invalid.json().get("field").asText());
    }

    @Test
    void adminCallsWithoutTokenAre401AndWithAWrongOne403() {
        // no bearer token is outside the contract: straight to the server (a wrong token is within it)
        Api.Reply missing = server.direct.get("v1/admin/groups", null);
        Api.Reply notBearer = server.direct.send(server.direct.request("v1/admin/groups", null)
                .header("Authorization", "Basic YTpi").GET());
        Api.Reply wrong = server.api.get("v1/admin/groups", "apa_wrong");

        assertEquals(401, missing.status());
        assertEquals("missing-token", missing.json().get("error").asText());
        assertEquals(401, notBearer.status());
        assertEquals(403, wrong.status());
        assertEquals("wrong-token", wrong.json().get("error").asText());
        assertFalse(wrong.body().contains("apa_wrong"), "the presented token is not echoed");
    }

    @Test
    void anAgentTokenCannotDeploy() {
        String agent = server.createGroup("branch");

        Api.Reply reply = server.api.put("v1/admin/groups/branch/policy", agent, Policies.json("B", 8080),
                "If-Match", "\"0\"");

        assertEquals(403, reply.status());
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        // a method the contract does not have: straight to the server
        Api.Reply reply = server.direct.post("v1/admin/groups/hq/policy", server.adminToken, "{}");

        assertEquals(405, reply.status());
        assertEquals("GET, PUT", reply.header("Allow"));
    }

    @Test
    void anUnknownPathIs404() {
        // a path the contract does not have: straight to the server
        assertEquals("not-found", server.direct.get("v2/anything", server.adminToken).json().get("error").asText());
        assertEquals(200, server.api.get("healthz", null).status());
    }

    @Test
    void readinessNeedsNoTokenAndSaysReady() {
        // through the contract: GET /readyz (a server over its data directory, or a replica that is current)
        Api.Reply ready = server.api.get("readyz", null);

        assertEquals(200, ready.status(), ready.body());
        assertEquals("ready", ready.json().get("status").asText());
    }

    @Test
    void aBodyThatIsNotJsonIs415AndABodyWithoutContentTypeIsReadAsJson() {
        // a body that is not JSON is outside the contract: straight to the server
        Api.Reply text = server.direct.put("v1/admin/groups/hq/policy", server.adminToken, Policies.json("HQ", 8080),
                "If-Match", "\"0\"", "Content-Type", "text/plain");
        Api.Reply form = server.direct.post("v1/admin/groups/hq/rollback", server.adminToken, "version=1",
                "If-Match", "\"0\"", "Content-Type", "application/x-www-form-urlencoded");

        assertEquals(415, text.status());
        assertEquals("unsupported-media-type", text.json().get("error").asText());
        assertEquals("Content-Type", text.json().get("field").asText());
        assertEquals(415, form.status());
        assertNoVersion();

        HttpRequest.Builder untyped = server.direct.request("v1/admin/groups/hq/policy", server.adminToken)
                .header("If-Match", "\"0\"").PUT(HttpRequest.BodyPublishers.ofString(Policies.json("HQ", 8080)));
        Api.Reply reply = server.direct.send(untyped);
        assertEquals(201, reply.status(), reply.body());
        Api.Reply charset = server.api.put("v1/admin/groups/hq/policy", server.adminToken, Policies.json("HQ", 3128),
                "If-Match", "\"1\"", "Content-Type", "application/json; charset=utf-8");
        assertEquals(201, charset.status(), charset.body());
    }

    @Test
    void aMalformedIfMatchIs400() {
        Api.Reply reply = server.api.put("v1/admin/groups/hq/policy", server.adminToken, Policies.json("HQ", 8080),
                "If-Match", "\"latest\"");

        assertEquals(400, reply.status());
        assertEquals("If-Match", reply.json().get("field").asText());
    }

    private void assertNoVersion() {
        assertEquals(0, server.api.get("v1/admin/groups/hq/versions", server.adminToken).json().get("versions")
                .size());
    }
}
