package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.agentproxy.server.DatabaseConfig;
import org.agentproxy.server.internal.tls.OwnerOnly;
import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * The policy server's PostgreSQL database: a HikariCP pool of pgjdbc connections, the schema migrations, and
 * dedicated connections for {@code LISTEN}. Reusable by any server state kept in the database: a new table comes
 * with a new migration {@code db/V<N>__<what>.sql} beside this class (listed in {@link #MIGRATIONS}).
 * <p>
 * Migrations are versioned SQL files applied in order, each in one transaction together with its row in
 * {@code agentproxy_schema}, under a transaction-level advisory lock so that replicas starting together apply
 * each once. A database whose schema is newer than this server knows is refused (docs/scaling.md).
 * Thread-safe.
 */
public final class PgDatabase implements AutoCloseable {

    /** The migrations, oldest first: {@code db/V<N>__<what>.sql}, N = 1, 2, … without gaps. */
    static final List<String> MIGRATIONS = List.of("V1__groups_and_tokens.sql", "V2__agent_status.sql");
    /** The schema version this server knows: the newest migration's. */
    public static final int SCHEMA_VERSION = MIGRATIONS.size();
    /** Serialises migrations across replicas (an arbitrary constant: "APS1"). */
    private static final long MIGRATION_LOCK = 0x41505331L;

    private final DatabaseConfig config;
    private final HikariDataSource pool;
    private final String password;

    private PgDatabase(DatabaseConfig config, HikariDataSource pool, String password) {
        this.config = config;
        this.pool = pool;
        this.password = password;
    }

    /**
     * Connects (failing within seconds when the database cannot be reached) and brings the schema up to
     * {@link #SCHEMA_VERSION}.
     *
     * @throws IOException one line: unreachable, refused credentials, no such database, a newer schema
     */
    public static PgDatabase open(DatabaseConfig config, Consumer<String> log) throws IOException {
        String password = password(config.passwordFile());
        HikariConfig hikari = new HikariConfig();
        // pgjdbc's DataSource, not a JDBC URL: no DriverManager lookup, which cannot see the driver's bundle in OSGi
        hikari.setDataSource(dataSource(config, password, "agentproxy-server"));
        hikari.setPoolName("agentproxy-db");
        hikari.setMaximumPoolSize(Integer.getInteger("agentproxy.server.db.pool", 8));
        hikari.setMinimumIdle(1);
        // a write while the database is down fails within seconds (503, Retry-After), it does not hang
        hikari.setConnectionTimeout(Long.getLong("agentproxy.server.db.connectTimeoutMillis", 3000));
        hikari.setValidationTimeout(1000);
        hikari.setInitializationFailTimeout(1); // the first connection at start, or one clear line and exit 1
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (HikariPool.PoolInitializationException e) {
            throw new IOException("cannot use the database " + config.display() + ": " + reason(e));
        } catch (RuntimeException e) {
            throw new IOException("cannot use the database " + config.display() + ": " + e.getMessage());
        }
        PgDatabase db = new PgDatabase(config, pool, password);
        try {
            db.migrate(log);
        } catch (IOException | RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** The first line of the innermost cause: what the driver said (never a password: pgjdbc does not echo it). */
    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    private static String password(Path file) throws IOException {
        if (file == null) {
            return null; // pgjdbc reads PGPASSFILE or ~/.pgpass itself
        }
        OwnerOnly.check(file, "--db-password-file", "the database password");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.lines().findFirst().orElse("");
    }

    /** The pool. Connections are in auto-commit mode; return them (try-with-resources) promptly. */
    public DataSource dataSource() {
        return pool;
    }

    public DatabaseConfig config() {
        return config;
    }

    /**
     * A connection outside the pool, for {@code LISTEN} (a pooled one would be handed to others): the caller closes
     * it.
     */
    public Connection dedicatedConnection() throws SQLException {
        return dataSource(config, password, "agentproxy-server-listen").getConnection();
    }

    /** pgjdbc's own DataSource for the URL, user and password; without a password the driver reads PGPASSFILE. */
    private static PGSimpleDataSource dataSource(DatabaseConfig config, String password, String application) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(config.jdbcUrl());
        if (config.user() != null) {
            ds.setUser(config.user());
        }
        if (password != null) {
            ds.setPassword(password);
        }
        ds.setConnectTimeout(3);
        ds.setSocketTimeout(30);
        ds.setTcpKeepAlive(true);
        ds.setApplicationName(application);
        return ds;
    }

    /** The schema version of the database now (0: none yet). */
    public int schemaVersion() throws IOException {
        try (Connection c = pool.getConnection()) {
            return schemaVersion(c);
        } catch (SQLException e) {
            throw failure("reading the schema version", e);
        }
    }

    private static int schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT coalesce(max(version), 0) FROM agentproxy_schema")) {
            r.next();
            return r.getInt(1);
        }
    }

    private void migrate(Consumer<String> log) throws IOException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
                s.execute("CREATE TABLE IF NOT EXISTS agentproxy_schema (version integer PRIMARY KEY, "
                        + "description text NOT NULL, applied timestamptz NOT NULL DEFAULT now())");
            }
            int current = schemaVersion(c);
            if (current > SCHEMA_VERSION) {
                c.rollback();
                throw new IOException("the database " + config.display() + " has schema version " + current
                        + ", newer than this server knows (" + SCHEMA_VERSION + "): upgrade the server, or use a "
                        + "database of schema version " + SCHEMA_VERSION + " or older");
            }
            for (int v = current + 1; v <= SCHEMA_VERSION; v++) {
                String file = MIGRATIONS.get(v - 1);
                try (Statement s = c.createStatement()) {
                    s.execute(sql(file));
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO agentproxy_schema (version, description) VALUES (?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, file);
                    p.executeUpdate();
                }
                log.accept("database " + config.display() + ": schema " + (v - 1) + " -> " + v + " (" + file + ")");
            }
            c.commit(); // every migration with its version row, or none
        } catch (SQLException e) {
            throw failure("preparing the schema", e);
        }
    }

    private static String sql(String file) throws IOException {
        try (InputStream in = PgDatabase.class.getResourceAsStream("db/" + file)) {
            if (in == null) {
                throw new IOException("the migration db/" + file + " is missing from the server bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The exception to throw for a failed statement: {@link StoreUnavailableException} when the database cannot be
     * reached or is going away (the caller answers 503), else an {@link IOException} naming what was being done.
     */
    public IOException failure(String doing, SQLException e) {
        String message = "database " + config.display() + ": " + doing + ": " + reason(e);
        return unavailable(e) ? new StoreUnavailableException(message, e) : new IOException(message, e);
    }

    /** Whether a failure means the database is unreachable, down, going down or out of connections. */
    static boolean unavailable(SQLException e) {
        // a batch's failure may say it only in a chained exception (getNextException) or in a cause
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true; // pgjdbc's socket failure under an exception without a state
            }
            for (SQLException s = t instanceof SQLException x ? x : null; s != null; s = s.getNextException()) {
                String state = s.getSQLState();
                if (s instanceof SQLTransientException || s instanceof SQLRecoverableException
                        || state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a failure is a unique violation: an entry number another server committed first. */
    static boolean uniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    @Override
    public void close() {
        pool.close();
    }
}
