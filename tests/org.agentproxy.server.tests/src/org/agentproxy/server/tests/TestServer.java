package org.agentproxy.server.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.agentproxy.server.PolicyServer;
import org.agentproxy.server.ServerConfig;

/** A real policy server in this JVM on a free loopback port, over a data directory. */
final class TestServer implements AutoCloseable {

    final PolicyServer server;
    final Api api;
    final String adminToken;
    final List<String> log = new CopyOnWriteArrayList<>();

    private TestServer(ServerConfig config) throws IOException {
        server = PolicyServer.start(config, log::add);
        api = new Api(server.uri());
        adminToken = Files.readString(config.dataDirectory().resolve("admin-token")).strip();
    }

    static TestServer start(Path data) throws IOException {
        return new TestServer(ServerConfig.of(data).withPort(0));
    }

    static TestServer start(ServerConfig config) throws IOException {
        return new TestServer(config.withPort(0));
    }

    /** Creates a group; returns its agent token. */
    String createGroup(String group) {
        Api.Reply reply = api.put("v1/admin/groups/" + group, adminToken, "");
        if (reply.status() != 201) {
            throw new AssertionError("creating group " + group + ": HTTP " + reply.status() + " " + reply.body());
        }
        return reply.json().get("agentToken").asText();
    }

    /** Deploys with If-Match on {@code expected}. */
    Api.Reply deploy(String group, long expected, String policyJson) {
        return api.put("v1/admin/groups/" + group + "/policy", adminToken, policyJson, "If-Match",
                "\"" + expected + "\"", "Content-Type", "application/json");
    }

    Api.Reply poll(String group, String agentToken, String etag) {
        var request = api.request("v1/agent/groups/" + group + "/policy", agentToken).GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return api.send(request);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
