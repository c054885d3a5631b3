package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Consumer;

import org.agentproxy.server.DatabaseConfig;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The PostgreSQL store: groups and admin token hashes in a database that any number of replicas share. Writes are
 * compare-and-set in the database ({@link PgLedger}); every replica answers agents from memory, kept current by
 * {@code LISTEN/NOTIFY}, by a watchdog that re-reads what changed every {@value #DEFAULT_WATCHDOG_SECONDS} s
 * (notifications are lost while a connection is down) and by a full reload after reconnecting. While the
 * database is down, agents still get what the replica holds and writes fail with
 * {@link StoreUnavailableException} (503). Nothing PostgreSQL-related is loaded unless this store is chosen.
 */
public final class PgStore implements ServerStore {

    static final int DEFAULT_WATCHDOG_SECONDS = 10;
    private static final String KEY_CHECK = "key-check";

    private final DataDirectory data;
    private final PgDatabase db;
    private final AdminTokens adminTokens;
    private final PgGroups groups;
    private final Consumer<String> log;
    private final long watchdogMillis = Long.getLong("agentproxy.server.watchdogMillis",
            DEFAULT_WATCHDOG_SECONDS * 1000L);
    private final Thread watcher;
    private volatile boolean closed;
    private volatile Connection listening;
    /** The connection that LISTENs since before the first load; the watcher takes it over. */
    private Connection first;
    /** Null while the replica is current; else why not. */
    private volatile String notReady;
    private volatile long lastSync = System.nanoTime();

    private PgStore(DataDirectory data, PgDatabase db, AdminTokens adminTokens, PgGroups groups,
            Consumer<String> log, Connection first) {
        this.first = first;
        this.data = data;
        this.db = db;
        this.adminTokens = adminTokens;
        this.groups = groups;
        this.log = log;
        this.watcher = new Thread(this::watch, "agentproxy-db-listen");
        watcher.setDaemon(true);
    }

    /**
     * Connects, migrates the schema, checks that the data directory's secret key is the database's, loads every
     * group and starts listening for changes. Closes the data directory when it fails.
     */
    public static ServerStore open(DataDirectory data, DatabaseConfig config, Consumer<String> log)
            throws IOException {
        PgDatabase db;
        try {
            db = PgDatabase.open(config, log);
        } catch (IOException | RuntimeException e) {
            data.close();
            throw e;
        }
        Connection listen = null;
        try {
            checkKey(db, data);
            listen = listen(db); // before the first load: no change between the two goes unnoticed
            AdminTokens adminTokens = new AdminTokens(new PgLedger(db, "admin_tokens", 0, ""));
            adminTokens.load(log);
            adminTokens.ensureOne(data, log);
            PgGroups groups = new PgGroups(db, data.secretBox(), data.fingerprintMaker(), log);
            groups.syncAll();
            PgStore store = new PgStore(data, db, adminTokens, groups, log, listen);
            store.watcher.start();
            return store;
        } catch (IOException | RuntimeException e) {
            closeQuietly(listen);
            db.close();
            data.close();
            throw e;
        }
    }

    /** A dedicated connection listening on {@link PgLedger#CHANNEL}. */
    private static Connection listen(PgDatabase db) throws IOException {
        Connection c = null;
        try {
            c = db.dedicatedConnection();
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN " + PgLedger.CHANNEL);
            }
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw db.failure("listening for changes", e);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }

    /**
     * The secret values in the database are sealed with the key of the first server that used it: every replica's
     * {@code secret.key} must be that one. A sealed known text in {@code server_settings} tells.
     */
    private static void checkKey(PgDatabase db, DataDirectory data) throws IOException {
        String place = "key check";
        String sealed = new String(Json.bytes(data.secretBox().seal("agentproxy".getBytes(StandardCharsets.UTF_8),
                place)), StandardCharsets.UTF_8);
        String stored;
        try (Connection c = db.dataSource().getConnection()) {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO server_settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
                p.setString(1, KEY_CHECK);
                p.setString(2, sealed);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("SELECT value FROM server_settings WHERE name = ?")) {
                p.setString(1, KEY_CHECK);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    stored = r.getString(1);
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the key check", e);
        }
        try {
            data.secretBox().open(Json.parse(stored.getBytes(StandardCharsets.UTF_8)), place);
        } catch (IOException wrongKey) {
            throw new IOException(data.path().resolve(DataDirectory.SECRET_KEY_FILE) + " is not the key the "
                    + "secrets in " + db.config().display() + " are sealed with: copy secret.key from the data "
                    + "directory of the server that first used this database (docs/scaling.md)");
        }
    }

    /** The listener: LISTEN, full reload, then notifications and the watchdog, until closed; reconnects. */
    private void watch() {
        boolean lost = false;
        while (!closed) {
            Connection taken = first;
            first = null;
            try (Connection c = taken != null ? taken : listen(db)) {
                listening = c;
                if (taken == null) {
                    syncAll(); // whatever changed while nobody listened
                }
                if (lost) {
                    log.accept("database " + db.config().display() + " reachable again: reloaded; writes work");
                    lost = false;
                }
                notReady = null;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    long wait = Math.max(1, watchdogMillis - (System.nanoTime() - lastSync) / 1_000_000);
                    PGNotification[] notes = pg.getNotifications((int) Math.min(wait, Integer.MAX_VALUE));
                    if (notes != null) {
                        for (PGNotification note : notes) {
                            apply(note.getParameter());
                        }
                    }
                    if ((System.nanoTime() - lastSync) / 1_000_000 >= watchdogMillis) {
                        syncAll();
                    }
                }
            } catch (SQLException | IOException | RuntimeException e) {
                if (closed) {
                    return;
                }
                notReady = "the database cannot be reached: " + e.getMessage();
                if (!lost) {
                    log.accept("database " + db.config().display() + " cannot be reached (" + e.getMessage()
                            + "): agents are answered from memory, writes get 503 until it is back");
                    lost = true;
                }
                try {
                    Thread.sleep(Math.min(1000, watchdogMillis));
                } catch (InterruptedException stop) {
                    return;
                }
            } finally {
                listening = null;
            }
        }
    }

    private void syncAll() throws IOException {
        adminTokens.load(log);
        groups.syncAll();
        lastSync = System.nanoTime();
    }

    private void apply(String group) throws IOException {
        if (group.isEmpty()) {
            adminTokens.load(log);
        } else {
            groups.sync(group);
        }
    }

    /** The database: its pool and migrations, for other server state kept there. */
    public PgDatabase database() {
        return db;
    }

    @Override
    public DataDirectory dataDirectory() {
        return data;
    }

    @Override
    public Groups groups() {
        return groups;
    }

    @Override
    public Optional<String> adminName(String presented) {
        return adminTokens.name(presented);
    }

    @Override
    public Optional<String> notReadyReason() {
        String reason = notReady;
        if (reason != null) {
            return Optional.of(reason);
        }
        long age = (System.nanoTime() - lastSync) / 1_000_000;
        if (age > 3 * watchdogMillis) {
            return Optional.of("no re-read of the database for " + age / 1000 + " s");
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "store: " + db.config().display() + ", data: " + data.path();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        watcher.interrupt();
        closeQuietly(listening);
        closeQuietly(first);
        try {
            watcher.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            db.close();
        } finally {
            data.close();
        }
    }
}
