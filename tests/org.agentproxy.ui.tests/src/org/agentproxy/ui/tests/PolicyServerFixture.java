package org.agentproxy.ui.tests;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.server.PolicyServer;
import org.agentproxy.server.ServerConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real policy server on a free loopback port over a temporary data directory, and its admin API. The admin token
 * stays in memory: never printed, never in an assertion message.
 */
final class PolicyServerFixture implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    final PolicyServer server;
    private final String adminToken;

    PolicyServerFixture(Path data) throws IOException {
        server = PolicyServer.start(ServerConfig.of(data).withPort(0), line -> { });
        adminToken = Files.readString(data.resolve("admin-token")).strip();
    }

    String url() {
        return server.uri().toString();
    }

    /** For typing into the Servers page's password field only. */
    String adminToken() {
        return adminToken;
    }

    /** Creates a group; returns its agent token. */
    String createGroup(String group) throws Exception {
        return JSON.readTree(send(HttpRequest.newBuilder(server.uri().resolve("v1/admin/groups/" + group))
                .PUT(HttpRequest.BodyPublishers.noBody()), 201)).get("agentToken").asText();
    }

    /** What an agent of the group gets with its token: {@code version}, {@code policy}, {@code secrets}. */
    JsonNode agentPolicy(String group, String agentToken) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("v1/agent/groups/" + group
                + "/policy")).header("Authorization", "Bearer " + agentToken).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("agent policy: HTTP " + r.statusCode());
        }
        return JSON.readTree(r.body());
    }

    /** The HTTP status an agent of the group gets with this token (200 policy, 404 none yet or no group, 403 refused). */
    int agentStatus(String group, String agentToken) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri().resolve("v1/agent/groups/" + group + "/policy"))
                .header("Authorization", "Bearer " + agentToken).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** An agent's status report ({@code POST /v1/agent/groups/GROUP/status}); the HTTP status (204: stored). */
    int report(String group, String agentToken, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri().resolve("v1/agent/groups/" + group + "/status"))
                .header("Authorization", "Bearer " + agentToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The HTTP status of {@code GET /v1/admin/groups/GROUP} (200, or 404 when there is no such group). */
    int groupStatus(String group) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri().resolve("v1/admin/groups/" + group))
                .header("Authorization", "Bearer " + adminToken).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Deploys a policy as the next version, through the admin API. */
    void deploy(String group, Policy policy, long expectedVersion) throws Exception {
        send(HttpRequest.newBuilder(server.uri().resolve("v1/admin/groups/" + group + "/policy"))
                .header("If-Match", "\"" + expectedVersion + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(PolicyCodec.write(policy))), 201);
    }

    /**
     * Replaces the group's secret values through the admin API ({@code PUT …/secrets}, {@code If-Match} on the
     * current secrets revision).
     */
    void putSecrets(String group, java.util.Map<String, String> values) throws Exception {
        long revision = JSON.readTree(send(HttpRequest.newBuilder(server.uri().resolve("v1/admin/groups/" + group
                + "/secrets")).GET(), 200)).path("revision").asLong();
        send(HttpRequest.newBuilder(server.uri().resolve("v1/admin/groups/" + group + "/secrets"))
                .header("If-Match", "\"" + revision + "\"").PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("secrets",
                        values)))), 200);
    }

    /** {@code GET /v1/admin/groups/GROUP/versions}: {@code current} and {@code versions}. */
    JsonNode versions(String group) throws Exception {
        return JSON.readTree(send(HttpRequest.newBuilder(server.uri().resolve("v1/admin/groups/" + group
                + "/versions")).GET(), 200));
    }

    /** The group's current policy, as the server serves it. */
    Policy current(String group) throws Exception {
        return PolicyCodec.read(send(HttpRequest.newBuilder(server.uri().resolve("v1/admin/groups/" + group
                + "/policy")).GET(), 200));
    }

    private String send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> r = HTTP.send(request.header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new AssertionError(r.request().method() + " " + r.uri().getPath() + ": HTTP " + r.statusCode()
                    + " " + r.body());
        }
        return r.body();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
