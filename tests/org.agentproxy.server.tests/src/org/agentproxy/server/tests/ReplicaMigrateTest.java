package org.agentproxy.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.agentproxy.cli.ServerCommand;
import org.agentproxy.server.DatabaseConfig;
import org.agentproxy.server.PolicyServer;
import org.agentproxy.server.ServerConfig;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agentproxy server migrate}: a data directory into an empty PostgreSQL database and back, every group,
 * version, token record, secrets entry and audit entry, verified by what servers over the copies answer.
 */
class ReplicaMigrateTest {

    private static final String VALUE = "Mig-Pa55word-3c1e";

    @RegisterExtension
    static final PostgresClusterExtension POSTGRES = new PostgresClusterExtension();

    @TempDir
    Path dir;

    @Test
    void aDataDirectoryMovesIntoAnEmptyDatabaseAndBackWithNothingLost() throws Exception {
        Path data = dir.resolve("data");
        String before;
        String agentToken;
        String admin;
        try (PolicyServer server = PolicyServer.start(ServerConfig.of(data).withPort(0), line -> { })) {
            Api api = new Api(server.uri());
            admin = Files.readString(data.resolve("admin-token")).strip();
            agentToken = api.put("v1/admin/groups/hq", admin, "").json().get("agentToken").asText();
            api.put("v1/admin/groups/lab", admin, "");
            assertEquals(201, api.put("v1/admin/groups/hq/policy", admin, Policies.sample(), "If-Match", "\"0\"")
                    .status());
            api.put("v1/admin/groups/hq/secrets", admin, "{\"secrets\": {\"internalAgents.server.password\": \""
                    + VALUE + "\"}}", "If-Match", "\"0\"");
            api.put("v1/admin/groups/lab/policy", admin, Policies.json("LAB", 8080), "If-Match", "\"0\"");
            api.put("v1/admin/groups/lab/policy", admin, Policies.json("LAB", 3128), "If-Match", "\"1\"");
            api.post("v1/admin/groups/lab/rollback", admin, "{\"version\": 1}", "If-Match", "\"2\"");
            api.put("v1/admin/groups/gone", admin, "");
            api.delete("v1/admin/groups/gone", admin, "If-Match", "\"0\"");
            before = snapshot(api, admin, agentToken);
        }
        String url = POSTGRES.cluster().createDatabase();

        Run in = migrate("--from", data.toString(), "--to", url, "--db-user", PostgresCluster.USER,
                "--db-password-file", POSTGRES.cluster().passwordFile.toString());
        Run again = migrate("--from", data.toString(), "--to", url, "--db-user", PostgresCluster.USER,
                "--db-password-file", POSTGRES.cluster().passwordFile.toString());

        assertEquals(0, in.code(), in.err());
        assertTrue(in.out().contains("copied 2 groups (1 deleted ones kept too), 4 versions"), in.out());
        assertTrue(in.out().contains("verified by reading both back"), in.out());
        assertEquals(1, again.code(), "a non-empty target is refused");
        assertTrue(again.err().contains("holds groups or admin tokens already"), again.err());
        Path replica = dir.resolve("replica");
        Files.createDirectories(replica);
        Files.setPosixFilePermissions(replica, PosixFilePermissions.fromString("rwx------"));
        Files.copy(data.resolve("secret.key"), replica.resolve("secret.key"));
        DatabaseConfig db = new DatabaseConfig(url, PostgresCluster.USER, POSTGRES.cluster().passwordFile);
        try (PolicyServer server = PolicyServer.start(ServerConfig.of(replica).withPort(0).withDatabase(db),
                line -> { })) {
            assertEquals(before, snapshot(new Api(server.uri()), admin, agentToken), "the same answers");
        }
        assertTrue(!POSTGRES.cluster().dump(PostgresCluster.databaseOf(url)).contains(VALUE), "sealed in the database");

        Path back = dir.resolve("back");
        Run out = migrate("--from", url, "--to", back.toString(), "--key", data.resolve("secret.key").toString(),
                "--db-user", PostgresCluster.USER, "--db-password-file", POSTGRES.cluster().passwordFile.toString());

        assertEquals(0, out.code(), out.err());
        try (PolicyServer server = PolicyServer.start(ServerConfig.of(back).withPort(0), line -> { })) {
            assertEquals(before, snapshot(new Api(server.uri()), admin, agentToken), "the way back loses nothing");
        }
    }

    /** Everything an admin and an agent can read, as one text. */
    private static String snapshot(Api api, String admin, String agentToken) {
        StringBuilder s = new StringBuilder();
        s.append(api.get("v1/admin/groups", admin).body());
        for (String group : List.of("hq", "lab")) {
            s.append(api.get("v1/admin/groups/" + group + "/versions", admin).body());
            s.append(api.get("v1/admin/groups/" + group + "/audit", admin).body());
            s.append(api.get("v1/admin/groups/" + group + "/secrets", admin).body());
            s.append(api.get("v1/admin/groups/" + group + "/policy", admin).body());
        }
        Api.Reply poll = Replicas.poll(api, "hq", agentToken, null);
        s.append(poll.header("ETag")).append(poll.body());
        return s.toString();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run migrate(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 1];
        all[0] = "migrate";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = new ServerCommand().run(List.of(all), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
