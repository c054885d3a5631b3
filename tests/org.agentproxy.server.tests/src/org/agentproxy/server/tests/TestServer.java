package org.agentproxy.server.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.agentproxy.server.PolicyServer;
import org.agentproxy.server.ServerConfig;
import org.agentproxy.server.StatusSettings;

/**
 * A real policy server in this JVM on a free loopback port, over a data directory. In the contract run
 * ({@link Contract}) it listens on the port Prism forwards to, and {@link #api} goes through Prism.
 */
final class TestServer implements AutoCloseable {

    final PolicyServer server;
    /** The client the tests use: through Prism in the contract run, else straight to the server. */
    final Api api;
    /**
     * Straight to the server, also in the contract run: only for requests a test sends on purpose outside the
     * contract (no token, a wrong method, a group name the contract excludes, a body that is not JSON), which
     * Prism would refuse before they reach the server, and for exact bytes Prism would re-encode.
     */
    final Api direct;
    final String adminToken;
    final List<String> log = new CopyOnWriteArrayList<>();

    private TestServer(ServerConfig config, StatusSettings status) throws IOException {
        server = PolicyServer.start(config, status, log::add);
        direct = new Api(server.uri());
        api = Contract.enabled() ? new Api(Contract.proxy().uri(), true) : direct;
        adminToken = Files.readString(config.dataDirectory().resolve("admin-token")).strip();
    }

    static TestServer start(Path data) throws IOException {
        return start(ServerConfig.of(data));
    }

    /** A server with the store of this run ({@link Stores}: the data directory, or a database). */
    static TestServer start(ServerConfig config) throws IOException {
        return start(config, StatusSettings.DEFAULTS);
    }

    /** A server keeping the fleet status as {@code status} says. */
    static TestServer start(ServerConfig config, StatusSettings status) throws IOException {
        return new TestServer(Stores.apply(config).withPort(Contract.enabled() ? Contract.proxy().upstreamPort() : 0),
                status);
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
                "\"" + expected + "\"");
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
