package org.agentproxy.server.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.agentproxy.server.DatabaseConfig;
import org.agentproxy.server.PolicyServer;
import org.agentproxy.server.ServerConfig;
import org.agentproxy.server.StatusSettings;

/**
 * Policy server replicas over one database of a {@link PostgresCluster}: each with its own data directory holding
 * the same {@code secret.key} (copied from the first, as docs/scaling.md says), each on its own loopback port.
 */
final class Replicas implements AutoCloseable {

    final PostgresCluster cluster;
    final DatabaseConfig database;
    final Path root;
    final List<PolicyServer> servers = new ArrayList<>();
    final List<Api> apis = new ArrayList<>();
    final List<String> log = new CopyOnWriteArrayList<>();
    String adminToken;

    Replicas(PostgresCluster cluster, Path root) throws IOException {
        this(cluster, root, new DatabaseConfig(cluster.createDatabase(), PostgresCluster.USER,
                cluster.passwordFile));
    }

    /** Replicas over an existing database, with the data directories under {@code root} (a restart). */
    Replicas(PostgresCluster cluster, Path root, DatabaseConfig database) {
        this.cluster = cluster;
        this.root = root;
        this.database = database;
    }

    /** Starts {@code n} more replicas in this JVM. */
    Replicas start(int n) throws IOException {
        return start(n, StatusSettings.DEFAULTS);
    }

    /** Starts {@code n} more replicas in this JVM keeping the fleet status as {@code status} says. */
    Replicas start(int n, StatusSettings status) throws IOException {
        for (int i = 0; i < n; i++) {
            Path data = dataDirectory(servers.size());
            PolicyServer server = PolicyServer.start(ServerConfig.of(data).withPort(0).withDatabase(database),
                    status, line -> log.add(data.getFileName() + ": " + line));
            servers.add(server);
            apis.add(new Api(server.uri()));
            if (adminToken == null) {
                adminToken = Files.readString(data.resolve("admin-token")).strip();
            }
        }
        return this;
    }

    /** The data directory of replica {@code i}: the first makes the secret key, the others get a copy. */
    Path dataDirectory(int i) throws IOException {
        Path data = root.resolve("replica-" + i);
        if (i > 0 && !Files.exists(data)) {
            Files.createDirectories(data);
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
            Files.copy(root.resolve("replica-0/secret.key"), data.resolve("secret.key"));
        }
        return data;
    }

    /** The name of the replicas' database in the cluster. */
    String databaseName() {
        return PostgresCluster.databaseOf(database.url());
    }

    Api api(int i) {
        return apis.get(i);
    }

    /** Creates a group through replica {@code i}; returns its agent token. */
    String createGroup(int i, String group) {
        Api.Reply reply = api(i).put("v1/admin/groups/" + group, adminToken, "");
        if (reply.status() != 201) {
            throw new AssertionError("creating group " + group + ": HTTP " + reply.status() + " " + reply.body());
        }
        return reply.json().get("agentToken").asText();
    }

    Api.Reply deploy(int i, String group, long expected, String policyJson) {
        return api(i).put("v1/admin/groups/" + group + "/policy", adminToken, policyJson, "If-Match",
                "\"" + expected + "\"");
    }

    static Api.Reply poll(Api api, String group, String agentToken, String etag) {
        var request = api.request("v1/agent/groups/" + group + "/policy", agentToken).GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return api.send(request);
    }

    /**
     * Waits until {@code condition} holds (the replicas converge through notifications, within the watchdog's
     * period at worst); fails with {@code what} after {@code timeout}.
     */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            Thread.sleep(50); // polling a condition of other processes: no event to wait on
        }
    }

    @Override
    public void close() throws IOException {
        for (PolicyServer server : servers) {
            server.close();
        }
    }
}
