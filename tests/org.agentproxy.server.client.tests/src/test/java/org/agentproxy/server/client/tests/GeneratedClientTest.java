package org.agentproxy.server.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.agentproxy.server.client.ApiClient;
import org.agentproxy.server.client.ApiException;
import org.agentproxy.server.client.ApiResponse;
import org.agentproxy.server.client.api.AgentApi;
import org.agentproxy.server.client.api.GroupsApi;
import org.agentproxy.server.client.api.HealthApi;
import org.agentproxy.server.client.api.PolicyApi;
import org.agentproxy.server.client.model.AgentDocument;
import org.agentproxy.server.client.model.AuditEntry;
import org.agentproxy.server.client.model.Created;
import org.agentproxy.server.client.model.GroupWithToken;
import org.agentproxy.server.client.model.Policy;
import org.agentproxy.server.client.model.RollbackRequest;
import org.agentproxy.server.client.model.Version;
import org.agentproxy.server.client.model.VersionAction;
import org.agentproxy.server.client.model.VersionList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Someone integrating from docs/policy-server.openapi.yaml alone: a Java client generated from it by OpenAPI
 * Generator (this module's pom), against the real policy server — the product's {@code agentproxy server} in its own
 * JVM on a free loopback port, from the bundles this reactor built. Nothing of the project is compiled into this
 * test but the generated client; the two sample policies are read as plain JSON.
 */
class GeneratedClientTest {

    @TempDir
    Path data;
    Process server;
    String baseUri;
    ObjectMapper json;
    GroupsApi groups;
    PolicyApi policies;

    @BeforeEach
    void start() throws Exception {
        startServer();
        ApiClient admin = client(Files.readString(data.resolve("admin-token")).strip());
        json = admin.getObjectMapper();
        groups = new GroupsApi(admin);
        policies = new PolicyApi(admin);
    }

    @AfterEach
    void stop() throws Exception {
        server.destroy();
        server.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * {@code agentproxy server --data DIR --port 0} as plain Java ({@code org.agentproxy.cli.internal.ServerMain})
     * with this JVM's class path (the server bundles, the command line, picocli, Jetty, Jackson); waits for its "listening on URL" line.
     */
    private void startServer() throws IOException {
        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.agentproxy.cli.internal.ServerMain", "--data", data.toString(), "--port", "0");
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        server = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            int at = line.indexOf("listening on ");
            if (at >= 0) {
                baseUri = line.substring(at + "listening on ".length()).split(" ")[0].replaceAll("/$", "");
                return;
            }
        }
        throw new IOException("the policy server exited before listening: " + server.onExit().join().exitValue());
    }

    @Test
    void deployPollNotModifiedAndRollBack() throws Exception {
        assertEquals("ok", new HealthApi(client(null)).getHealth().getStatus().getValue());
        GroupWithToken hq = groups.createGroup("hq");
        assertEquals(0L, hq.getCurrentVersion());
        AgentApi agent = new AgentApi(client(hq.getAgentToken()));

        // first deploy, the documented way: If-None-Match: * (the group has no version yet)
        Created first = policies.deployPolicy("hq", sample("sample-policy.json"), null, "*", "first rollout");
        assertEquals(1L, first.getVersion());
        assertEquals(VersionAction.DEPLOY, first.getAction());
        assertEquals("\"1\"", first.getEtag());

        // the agent polls, gets the document and its ETag, then 304 while nothing changed
        ApiResponse<AgentDocument> poll = agent.pollAgentPolicyWithHttpInfo("hq", null, "agent-000001");
        assertEquals(200, poll.getStatusCode());
        assertEquals(1L, poll.getData().getVersion());
        assertEquals(first.getName(), poll.getData().getPolicy().getAdditionalProperty("name"));
        String etag = header(poll, "ETag");
        ApiException notModified = assertThrows(ApiException.class, () -> agent.pollAgentPolicy("hq", etag, null));
        assertEquals(304, notModified.getCode());
        assertEquals(etag, notModified.getResponseHeaders().firstValue("ETag").orElseThrow());

        // a second version, with If-Match on the first; a client still holding "1" is refused with 412
        Created second = policies.deployPolicy("hq", sample("sample-policy-next.json"), first.getEtag(), null, null);
        assertEquals(2L, second.getVersion());
        ApiException stale = assertThrows(ApiException.class,
                () -> policies.deployPolicy("hq", sample("sample-policy.json"), first.getEtag(), null, null));
        assertEquals(412, stale.getCode());
        org.agentproxy.server.client.model.Error error = json.readValue(stale.getResponseBody(),
                org.agentproxy.server.client.model.Error.class);
        assertEquals("stale-version", error.getError());
        assertEquals(2L, error.getCurrentVersion());

        // the agent's tag no longer matches: it gets version 2
        assertEquals(2L, agent.pollAgentPolicy("hq", etag, null).getVersion());

        // roll back to version 1: a new version 3 with version 1's policy; the agent gets it
        Created rollback = policies.rollback("hq", new RollbackRequest().version(1L), second.getEtag(), null,
                "back to 1");
        assertEquals(3L, rollback.getVersion());
        assertEquals(VersionAction.ROLLBACK, rollback.getAction());
        assertEquals(1L, rollback.getRollbackOf());
        assertEquals(first.getSha256(), rollback.getSha256());
        AgentDocument after = agent.pollAgentPolicy("hq", etag, null);
        assertEquals(3L, after.getVersion());
        assertEquals(first.getName(), after.getPolicy().getAdditionalProperty("name"));

        VersionList versions = policies.listVersions("hq");
        assertEquals(3L, versions.getCurrent());
        assertEquals(List.of(1L, 2L, 3L), versions.getVersions().stream().map(Version::getVersion).toList());
        List<AuditEntry.ActionEnum> actions = groups.getAudit("hq").getEntries().stream().map(AuditEntry::getAction)
                .toList();
        assertEquals(List.of(AuditEntry.ActionEnum.CREATE_GROUP, AuditEntry.ActionEnum.DEPLOY,
                AuditEntry.ActionEnum.DEPLOY, AuditEntry.ActionEnum.ROLLBACK), actions);
    }

    @Test
    void refusalsArriveAsApiExceptionsWithTheErrorBody() throws Exception {
        groups.createGroup("hq");
        GroupsApi anonymous = new GroupsApi(client(null));

        ApiException missingToken = assertThrows(ApiException.class, () -> anonymous.getGroup("hq"));
        ApiException noIfMatch = assertThrows(ApiException.class,
                () -> policies.deployPolicy("hq", sample("sample-policy.json"), null, null, null));
        ApiException exists = assertThrows(ApiException.class, () -> groups.createGroup("hq"));

        assertEquals(401, missingToken.getCode());
        assertTrue(missingToken.getResponseHeaders().firstValue("WWW-Authenticate").orElseThrow()
                .startsWith("Bearer"));
        assertEquals(428, noIfMatch.getCode());
        assertEquals("missing-if-match", json.readTree(noIfMatch.getResponseBody()).get("error").asText());
        assertEquals(409, exists.getCode());
    }

    private Policy sample(String name) throws Exception {
        Path file = Path.of(System.getProperty("agentproxy.samples", "../../docs/samples")).resolve(name);
        return json.readValue(file.toFile(), Policy.class);
    }

    /** A client of the server whose requests carry {@code token} as a bearer token (none: no header). */
    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        if (token != null) {
            client.setRequestInterceptor(builder -> builder.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name)).getValue().get(0);
    }
}
