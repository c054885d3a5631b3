package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.agentproxy.policy.store.DurableFiles;
import org.agentproxy.server.DatabaseConfig;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code agentproxy server migrate}: copies a store into an empty one, entry for entry with the same numbers and
 * documents (so sealed secrets stay valid under the same {@code secret.key}), then verifies the copy by loading both
 * and comparing every group. From a data directory into a PostgreSQL database, and back (the way back: into a new
 * data directory, which then gets the key of the database's servers). One transaction in the database: a copy
 * that fails leaves it empty.
 */
public final class StoreMigration {

    /** What was copied. */
    public record Counts(int groups, int deletedGroups, int versions, int tokens, int secrets, int auditEntries,
            int adminTokens) {

        @Override
        public String toString() {
            return groups + " groups (" + deletedGroups + " deleted ones kept too), " + versions + " versions, "
                    + tokens + " agent token records, " + secrets + " secrets entries, " + auditEntries
                    + " audit entries, " + adminTokens + " admin tokens";
        }
    }

    private static final String[] LEDGERS = {"versions", "agent-tokens", "secrets"};
    private static final String[] TABLES = {"versions", "agent_tokens", "secrets"};

    private final Consumer<String> log;
    private int groups;
    private int deleted;
    private final int[] entries = new int[3];
    private int audit;
    private int admins;

    public StoreMigration(Consumer<String> log) {
        this.log = log;
    }

    /** Copies the data directory {@code from} (no server may run on it) into the empty database {@code to}. */
    public Counts toDatabase(Path from, DatabaseConfig to) throws IOException {
        if (!Files.isDirectory(from.resolve("groups")) && !Files.isDirectory(from.resolve("admin-tokens"))) {
            throw new IOException("--from " + from + ": not a policy server data directory (no groups/ or "
                    + "admin-tokens/)");
        }
        try (DataDirectory data = DataDirectory.open(from); PgDatabase db = PgDatabase.open(to, log)) {
            try (Connection c = db.dataSource().getConnection()) {
                refuseNonEmpty(c, to);
                c.setAutoCommit(false);
                try {
                    copyIn(c, data);
                    c.commit();
                } catch (SQLException | IOException | RuntimeException e) {
                    PgLedger.rollbackQuietly(c);
                    throw e;
                }
            } catch (SQLException e) {
                throw db.failure("copying", e);
            }
            verify(data, db);
        }
        return counts();
    }

    /** Copies the database {@code from} into {@code to}, a new data directory (or an empty one). */
    public Counts toDirectory(DatabaseConfig from, Path to, Path keyFrom) throws IOException {
        if (Files.isDirectory(to)) {
            try (var listing = Files.list(to)) {
                if (listing.findAny().isPresent()) {
                    throw new IOException("--to " + to + ": not empty; migrate into a new data directory");
                }
            }
        }
        if (keyFrom == null) {
            throw new IOException("--key FILE is required: the secret.key of the database's servers (the secrets "
                    + "are sealed with it)");
        }
        DurableFiles.createDirectories(to);
        Files.setPosixFilePermissions(to, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        DurableFiles.write(to.resolve(DataDirectory.SECRET_KEY_FILE), Files.readAllBytes(keyFrom));
        try (DataDirectory data = DataDirectory.open(to); PgDatabase db = PgDatabase.open(from, log)) {
            try (Connection c = db.dataSource().getConnection()) {
                c.setAutoCommit(false); // one snapshot of everything
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                copyOut(c, data);
                c.commit();
            } catch (SQLException e) {
                throw db.failure("copying", e);
            }
            verify(data, db);
        }
        return counts();
    }

    private Counts counts() {
        return new Counts(groups, deleted, entries[0], entries[1], entries[2], audit, admins);
    }

    private static void refuseNonEmpty(Connection c, DatabaseConfig to) throws SQLException, IOException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT (SELECT count(*) FROM groups) + (SELECT count(*) FROM admin_tokens)");
                ResultSet r = p.executeQuery()) {
            r.next();
            if (r.getLong(1) > 0) {
                throw new IOException("--to " + to.display() + ": the database holds groups or admin tokens "
                        + "already; migrate into an empty database (nothing was changed)");
            }
        }
    }

    private void copyIn(Connection c, DataDirectory data) throws SQLException, IOException {
        for (Ledger.Entry e : new FileLedger(data.path().resolve("admin-tokens")).load(log)) {
            insert(c, "admin_tokens", 0, e);
            admins++;
        }
        Path groupsDir = data.path().resolve("groups");
        for (Path dir : directories(groupsDir)) {
            if (Files.exists(dir.resolve(GroupDeletion.FILE))) {
                copyGroupIn(c, dir, dir.getFileName().toString(), Files.readAllBytes(dir.resolve(GroupDeletion.FILE)));
            } else if (Groups.NAME.matcher(dir.getFileName().toString()).matches()
                    && !new FileLedger(dir.resolve("agent-tokens")).load(log).isEmpty()) {
                copyGroupIn(c, dir, dir.getFileName().toString(), null);
            }
        }
        for (Path dir : directories(data.path().resolve(FileGroups.DELETED))) {
            byte[] record = Files.exists(dir.resolve(GroupDeletion.FILE))
                    ? Files.readAllBytes(dir.resolve(GroupDeletion.FILE)) : null;
            String name = dir.getFileName().toString().replaceFirst("\\.[0-9]{8}T[0-9]{6}Z(-[0-9]+)?$", "");
            copyGroupIn(c, dir, name, record == null ? "{}".getBytes(StandardCharsets.UTF_8) : record);
        }
        // the key check: the database's secrets are sealed with this data directory's key
        try (PreparedStatement p = c.prepareStatement("INSERT INTO server_settings (name, value) VALUES "
                + "('key-check', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            p.setString(1, new String(Json.bytes(data.secretBox().seal("agentproxy".getBytes(StandardCharsets.UTF_8),
                    "key check")), StandardCharsets.UTF_8));
            p.executeUpdate();
        }
    }

    private void copyGroupIn(Connection c, Path dir, String name, byte[] deletion) throws SQLException,
            IOException {
        long id;
        try (PreparedStatement p = c.prepareStatement("INSERT INTO groups (name, deleted_at, deletion) VALUES "
                + "(?, ?, ?) RETURNING id")) {
            p.setString(1, name);
            if (deletion == null) {
                p.setTimestamp(2, null);
                p.setString(3, null);
            } else {
                JsonNode doc = Json.parse(deletion);
                java.time.Instant time = doc.hasNonNull("time") ? Json.time(doc, "time") : java.time.Instant.now();
                p.setTimestamp(2, Timestamp.from(time));
                p.setString(3, new String(deletion, StandardCharsets.UTF_8));
            }
            try (ResultSet r = p.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        for (int i = 0; i < LEDGERS.length; i++) {
            for (Ledger.Entry e : new FileLedger(dir.resolve(LEDGERS[i])).load(log)) {
                insert(c, TABLES[i], id, e);
                entries[i]++;
                audit++; // every version, token and secrets entry is an audit entry
            }
        }
        if (deletion == null) {
            groups++;
        } else {
            deleted++;
        }
    }

    private static void insert(Connection c, String table, long groupId, Ledger.Entry e) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO " + table + " (group_id, number, document) VALUES (?, ?, ?)")) {
            p.setLong(1, groupId);
            p.setLong(2, e.number());
            p.setString(3, new String(Json.bytes(e.document()), StandardCharsets.UTF_8));
            p.executeUpdate();
        }
    }

    private void copyOut(Connection c, DataDirectory data) throws SQLException, IOException {
        DurableFiles.createDirectories(data.path().resolve("admin-tokens"));
        DurableFiles.createDirectories(data.path().resolve("groups"));
        FileLedger adminLedger = new FileLedger(data.path().resolve("admin-tokens"));
        for (Ledger.Entry e : rows(c, "admin_tokens", 0)) {
            adminLedger.append(e.number(), e.document());
            admins++;
        }
        List<Object[]> all = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, name, deleted_at, deletion FROM groups ORDER BY id"); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                all.add(new Object[] {r.getLong(1), r.getString(2), r.getTimestamp(3), r.getString(4)});
            }
        }
        java.time.format.DateTimeFormatter stamp = java.time.format.DateTimeFormatter
                .ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC);
        for (Object[] g : all) {
            long id = (Long) g[0];
            String name = (String) g[1];
            Timestamp deletedAt = (Timestamp) g[2];
            Path dir = deletedAt == null ? data.path().resolve("groups").resolve(name)
                    : data.path().resolve(FileGroups.DELETED).resolve(name + "." + stamp.format(
                            deletedAt.toInstant()) + "-" + id);
            for (int i = 0; i < LEDGERS.length; i++) {
                FileLedger ledger = new FileLedger(dir.resolve(LEDGERS[i]));
                for (Ledger.Entry e : rows(c, TABLES[i], id)) {
                    DurableFiles.createDirectories(dir.resolve(LEDGERS[i]));
                    ledger.append(e.number(), e.document());
                    entries[i]++;
                    if (i > 0) {
                        audit++;
                    }
                }
            }
            if (deletedAt == null) {
                groups++;
            } else {
                DurableFiles.create(dir.resolve(GroupDeletion.FILE), ((String) g[3]).getBytes(StandardCharsets.UTF_8));
                deleted++;
            }
        }
    }

    private List<Ledger.Entry> rows(Connection c, String table, long groupId) throws SQLException, IOException {
        List<Ledger.Entry> list = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT number, document FROM " + table + " WHERE group_id = ? ORDER BY number")) {
            p.setLong(1, groupId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(new Ledger.Entry(r.getLong(1), Json.parse(r.getString(2).getBytes(
                            StandardCharsets.UTF_8))));
                }
            }
        }
        return list;
    }

    /**
     * Loads the live groups of both stores as a server would (decrypting every secrets entry) and compares each:
     * versions with their digests, the audit log, the secrets revision and keys, the agent token, and the document
     * agents get.
     */
    private void verify(DataDirectory data, PgDatabase db) throws IOException {
        FileGroups files = new FileGroups(data.path().resolve("groups"), data.secretBox(), data.fingerprintMaker(),
                log);
        files.load();
        PgGroups rows = new PgGroups(db, data.secretBox(), data.fingerprintMaker(), log);
        rows.syncAll();
        Map<String, String> a = describe(files);
        Map<String, String> b = describe(rows);
        if (!a.equals(b)) {
            for (String name : a.keySet()) {
                if (!a.get(name).equals(b.get(name))) {
                    throw new IOException("verification failed: group " + name + " differs after the copy");
                }
            }
            throw new IOException("verification failed: the groups differ after the copy: " + a.keySet() + " / "
                    + b.keySet());
        }
        AdminTokens fileAdmins = new AdminTokens(new FileLedger(data.path().resolve("admin-tokens")));
        fileAdmins.load(log);
        AdminTokens dbAdmins = new AdminTokens(new PgLedger(db, "admin_tokens", 0, ""));
        dbAdmins.load(log);
        if (fileAdmins.size() != dbAdmins.size()) {
            throw new IOException("verification failed: " + fileAdmins.size() + " admin tokens in the data "
                    + "directory, " + dbAdmins.size() + " in the database");
        }
    }

    private static Map<String, String> describe(Groups groups) {
        Map<String, String> all = new TreeMap<>();
        for (GroupStore g : groups.all()) {
            StringBuilder s = new StringBuilder();
            g.versions().forEach(v -> s.append(v.version()).append(':').append(v.sha256()).append(';'));
            g.audit().forEach(e -> s.append(e.toJson()).append(';'));
            s.append(g.secretsInfo()).append(';').append(g.agentView().etag());
            all.put(g.name(), s.toString());
        }
        return all;
    }

    private static List<Path> directories(Path dir) throws IOException {
        List<Path> list = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (var stream = Files.newDirectoryStream(dir, Files::isDirectory)) {
                stream.forEach(list::add);
            }
        }
        list.sort(null);
        return list;
    }
}
