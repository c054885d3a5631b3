package org.agentproxy.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A PostgreSQL database as the policy server's store ({@code --store postgresql://HOST:PORT/DB}): any number of
 * servers (replicas) may share it. docs/scaling.md.
 *
 * @param url          {@code postgresql://HOST[:PORT]/DB} (the port defaults to 5432)
 * @param user         the database user, or {@code null} for the one the driver picks (PGUSER, the OS user)
 * @param passwordFile an owner-only file holding the password, or {@code null}: then PGPASSFILE or
 *                     {@code ~/.pgpass} (read by the driver), or no password
 */
public record DatabaseConfig(String url, String user, Path passwordFile) {

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        parse(url);
    }

    /** The JDBC URL of {@link #url}. */
    public String jdbcUrl() {
        return "jdbc:" + url;
    }

    /** {@code HOST:PORT/DB}, for messages. */
    public String display() {
        return url;
    }

    /**
     * Checks a {@code postgresql://HOST[:PORT]/DB} URL.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static URI parse(String url) {
        String rule = "must be postgresql://HOST[:PORT]/DATABASE";
        if (!url.startsWith("postgresql://")) {
            throw new IllegalArgumentException("--store \"" + url + "\": " + rule);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--store \"" + url + "\": " + rule + " (" + e.getReason() + ")");
        }
        String db = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || db.isEmpty() || db.contains("/")) {
            throw new IllegalArgumentException("--store \"" + url + "\": " + rule);
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("--store: no user or password in the URL (other users see it in the "
                    + "process list); give --db-user and --db-password-file");
        }
        return uri;
    }
}
