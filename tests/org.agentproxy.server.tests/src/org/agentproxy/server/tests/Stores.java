package org.agentproxy.server.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.agentproxy.server.DatabaseConfig;
import org.agentproxy.server.ServerConfig;

/**
 * Which store the server tests run against: the data directory's files (the default), or, when the system property
 * {@value #PROPERTY} is {@code postgresql} (the pom's second run of the whole suite), a database of the JVM's
 * {@link PostgresCluster}: one database per data directory, so that a test restarting a server over the same
 * directory finds its state again.
 */
final class Stores {

    static final String PROPERTY = "agentproxy.test.store";
    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();

    private Stores() {
    }

    static boolean postgres() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    /** The configuration with the store of this run. */
    static ServerConfig apply(ServerConfig config) throws IOException {
        if (!postgres() || config.database() != null) {
            return config;
        }
        return config.withDatabase(database(config.dataDirectory()));
    }

    /** The database of a data directory in this run (made on first use), with the cluster's password file. */
    static DatabaseConfig database(Path data) throws IOException {
        PostgresCluster cluster = PostgresCluster.shared();
        String url = DATABASES.get(data.toAbsolutePath());
        if (url == null) {
            url = cluster.createDatabase();
            DATABASES.put(data.toAbsolutePath(), url);
        }
        return new DatabaseConfig(url, PostgresCluster.USER, cluster.passwordFile);
    }

    /** The lower-case hex SHA-256 of a text's UTF-8 bytes (how the stores keep tokens). */
    static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Everything the store keeps at rest as text: every file of the data directory and, for a database, its whole
     * {@code pg_dump}. For asserting that no secret value or token is kept in clear.
     */
    static String atRest(Path data) throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(f, StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return all.append(dump(data)).toString();
    }

    /** The {@code pg_dump} of a data directory's database in this run ("" with the file store). */
    static String dump(Path data) throws IOException {
        String url = DATABASES.get(data.toAbsolutePath());
        return url == null ? "" : PostgresCluster.shared().dump(PostgresCluster.databaseOf(url));
    }
}
