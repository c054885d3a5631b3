package org.agentproxy.deployment.tests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.Credentials;
import org.agentproxy.deployment.DeploymentService;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.InternalAgentsScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.server.PolicyServer;
import org.agentproxy.server.ServerConfig;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A real policy server on a free loopback port, its tokens, and the OSGi deployment service. */
final class Fixture implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final PolicyServer server;
    final AccessToken admin;
    final Credentials credentials;

    Fixture(Path data) throws IOException {
        this(data, java.util.function.UnaryOperator.identity());
    }

    /** A server with a configuration of its own (e.g. a smaller body limit). */
    Fixture(Path data, java.util.function.UnaryOperator<ServerConfig> config) throws IOException {
        server = PolicyServer.start(config.apply(ServerConfig.of(data).withPort(0)), line -> { });
        admin = AccessToken.read(data.resolve("admin-token"));
        credentials = Credentials.of(admin);
    }

    DeploymentTarget target(String group) {
        return new DeploymentTarget(server.uri(), group);
    }

    /** Creates a group; returns its agent token. */
    AccessToken createGroup(String group) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.uri().resolve("v1/admin/groups/" + group))
                .header("Authorization", "Bearer " + admin.value()).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new AssertionError("create group: " + r.statusCode() + " " + r.body());
        }
        return new AccessToken(JSON.readTree(r.body()).get("agentToken").asText());
    }

    /** GET on the admin API, as JSON. */
    JsonNode get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path))
                .header("Authorization", "Bearer " + admin.value()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    /** The version numbers' policy names in a group, oldest first. */
    java.util.List<String> names(String group) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        get("v1/admin/groups/" + group + "/versions").get("versions").forEach(v -> names.add(v.get("name").asText()));
        return names;
    }

    static Policy policy(String name, int port) {
        return Policy.create(name, new HostPort("osce.corp.example", 4343)).withInternalAgents(
                new InternalAgentsScope(new ProxyEndpoint(true, "proxy.corp.example", port, null, null), null));
    }

    /** A target where nothing listens: connecting is refused. */
    static DeploymentTarget unreachable(String group) throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return new DeploymentTarget(URI.create("http://127.0.0.1:" + port + "/"), group);
    }

    /** The DeploymentService registered by Felix SCR. */
    static DeploymentService service() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(Fixture.class).getBundleContext();
        for (Bundle b : context.getBundles()) {
            if ("org.agentproxy.deployment".equals(b.getSymbolicName())) {
                b.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
        ServiceTracker<DeploymentService, DeploymentService> tracker = new ServiceTracker<>(context,
                DeploymentService.class, null);
        tracker.open();
        DeploymentService service = tracker.waitForService(10_000);
        if (service == null) {
            throw new AssertionError("no DeploymentService: is org.apache.felix.scr started?");
        }
        return service;
    }

    /** The registered transport with this id. */
    static org.agentproxy.deployment.DeploymentTransport transport(String id) throws Exception {
        service(); // starts the bundle
        BundleContext context = FrameworkUtil.getBundle(Fixture.class).getBundleContext();
        for (var ref : context.getServiceReferences(org.agentproxy.deployment.DeploymentTransport.class, null)) {
            var transport = context.getService(ref);
            if (transport.id().equals(id)) {
                return transport;
            }
        }
        throw new AssertionError("no transport " + id);
    }

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
