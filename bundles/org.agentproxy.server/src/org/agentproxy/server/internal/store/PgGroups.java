package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The PostgreSQL store's agent groups: rows of {@code groups} with their ledgers, held in memory by every replica
 * and re-read on each notification ({@link #sync}) and by the watchdog ({@link #syncAll}). Thread-safe; lookups
 * are lock-free.
 */
final class PgGroups implements Groups {

    private record Held(long id, GroupStore group) {
    }

    private final PgDatabase db;
    private final SecretBox box;
    private final FingerprintMaker fingerprints;
    private final Consumer<String> log;
    private final ConcurrentHashMap<String, Held> byName = new ConcurrentHashMap<>();
    /** The {@code changes} count of each group row as last re-read, by row id. */
    private final Map<Long, Long> seen = new HashMap<>();

    PgGroups(PgDatabase db, SecretBox box, FingerprintMaker fingerprints, Consumer<String> log) {
        this.db = db;
        this.box = box;
        this.fingerprints = fingerprints;
        this.log = log;
    }

    @Override
    public GroupStore get(String name) {
        Held held = byName.get(name);
        return held == null ? null : held.group();
    }

    /** On a miss, re-reads the group's row: another replica may have created it, its notification still on the way. */
    @Override
    public GroupStore find(String name) throws IOException {
        GroupStore group = get(name);
        if (group == null) {
            sync(name);
            group = get(name);
        }
        return group;
    }

    @Override
    public GroupStore reread(String name) throws IOException {
        sync(name);
        return get(name);
    }

    @Override
    public List<GroupStore> all() {
        return byName.values().stream().map(Held::group).sorted(Comparator.comparing(GroupStore::name)).toList();
    }

    /**
     * Re-reads every live group whose row changed since the last read, loads new ones and drops deleted ones: the
     * watchdog (notifications are lost while a connection is down) and the full reload after a reconnect.
     */
    synchronized void syncAll() throws IOException {
        Map<String, long[]> live = new HashMap<>();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT name, id, changes FROM groups WHERE deleted_at IS NULL")) {
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    live.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)});
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading the groups", e);
        }
        for (String name : List.copyOf(byName.keySet())) {
            if (!live.containsKey(name)) {
                drop(name);
            }
        }
        for (Map.Entry<String, long[]> row : live.entrySet()) {
            long id = row.getValue()[0];
            long changes = row.getValue()[1];
            Held held = byName.get(row.getKey());
            if (held == null || held.id() != id || !Long.valueOf(changes).equals(seen.get(id))) {
                apply(row.getKey(), id, changes);
            }
        }
    }

    /** Re-reads one group after a notification that it changed (or was created or deleted). */
    synchronized void sync(String name) throws IOException {
        long[] row = liveRow(name);
        if (row == null) {
            drop(name);
        } else {
            apply(name, row[0], row[1]);
        }
    }

    /** Brings the group held under {@code name} to the row {@code id} read with {@code changes}. */
    private void apply(String name, long id, long changes) throws IOException {
        Held held = byName.get(name);
        if (held != null && held.id() != id) { // deleted and created again by another replica
            drop(name);
            held = null;
        }
        if (held == null) {
            Optional<GroupStore> loaded = GroupStore.load(ledgers(id, name), name, box, fingerprints, log);
            if (loaded.isEmpty()) {
                return; // being created by another replica: its token's notification comes next
            }
            byName.put(name, new Held(id, loaded.get()));
        } else {
            held.group().refresh();
        }
        seen.put(id, changes);
    }

    private void drop(String name) {
        Held held = byName.remove(name);
        if (held != null) {
            held.group().deletedElsewhere();
            seen.remove(held.id());
        }
    }

    /** The id and change count of the live group {@code name}, or {@code null}. */
    private long[] liveRow(String name) throws IOException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT id, changes FROM groups WHERE name = ? AND deleted_at IS NULL")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new long[] {r.getLong(1), r.getLong(2)} : null;
            }
        } catch (SQLException e) {
            throw db.failure("reading group " + name, e);
        }
    }

    @Override
    public synchronized Optional<GroupStore.Created> create(String name, String actor) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(NAME_RULE);
        }
        long id;
        try (Connection c = db.dataSource().getConnection()) {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO groups (name) VALUES (?) "
                    + "ON CONFLICT (name) WHERE deleted_at IS NULL DO NOTHING RETURNING id")) {
                p.setString(1, name);
                try (ResultSet r = p.executeQuery()) {
                    id = r.next() ? r.getLong(1) : 0;
                }
            }
            if (id == 0) { // the name is taken, or a creation was interrupted before its token: then go on with it
                try (PreparedStatement p = c.prepareStatement("SELECT g.id, EXISTS (SELECT 1 FROM agent_tokens t "
                        + "WHERE t.group_id = g.id) FROM groups g WHERE g.name = ? AND g.deleted_at IS NULL")) {
                    p.setString(1, name);
                    try (ResultSet r = p.executeQuery()) {
                        if (!r.next() || r.getBoolean(2)) {
                            sync(name);
                            return Optional.empty();
                        }
                        id = r.getLong(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw db.failure("creating group " + name, e);
        }
        GroupStore.Created created;
        try {
            created = GroupStore.create(ledgers(id, name), name, actor, box, fingerprints, log);
        } catch (LedgerConflictException another) { // another replica created it at the same moment
            sync(name);
            return Optional.empty();
        }
        byName.put(name, new Held(id, created.group()));
        return Optional.of(created);
    }

    @Override
    public synchronized Optional<GroupDeletion> delete(String name, long expected, boolean force, String actor)
            throws StaleVersionException, GroupInUseException, IOException {
        Held held = byName.get(name);
        if (held == null) {
            return Optional.empty();
        }
        GroupDeletion deletion = held.group().delete(expected, force, actor, "database groups.id " + held.id());
        byName.remove(name);
        seen.remove(held.id());
        log.accept("group " + name + " deleted by " + actor + " at version " + deletion.version() + "; kept in "
                + deletion.archivedAs());
        return Optional.of(deletion);
    }

    private GroupLedgers ledgers(long id, String name) {
        Ledger versions = new PgLedger(db, "versions", id, name);
        Ledger tokens = new PgLedger(db, "agent_tokens", id, name);
        Ledger secrets = new PgLedger(db, "secrets", id, name);
        return new GroupLedgers(versions, tokens, secrets, true, deletion -> recordDeletionOf(id, name, deletion));
    }

    /** One transaction: the group's row locked and live, still at the deleted version, then marked deleted. */
    private void recordDeletionOf(long id, String name, GroupDeletion deletion) throws IOException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                PgLedger.lockLiveGroup(c, id, name);
                try (PreparedStatement p = c.prepareStatement(
                        "SELECT coalesce(max(number), 0) FROM versions WHERE group_id = ?")) {
                    p.setLong(1, id);
                    try (ResultSet r = p.executeQuery()) {
                        r.next();
                        if (r.getLong(1) != deletion.version()) {
                            c.rollback();
                            throw new LedgerConflictException("group " + name + " changed on another server");
                        }
                    }
                }
                try (PreparedStatement p = c.prepareStatement("UPDATE groups SET deleted_at = now(), "
                        + "deletion = ?, changes = changes + 1 WHERE id = ?")) {
                    p.setString(1, new String(Json.bytes(deletion.toDocument()),
                            java.nio.charset.StandardCharsets.UTF_8));
                    p.setLong(2, id);
                    p.executeUpdate();
                }
                PgLedger.notify(c, name);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                PgLedger.rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw db.failure("deleting group " + name, e);
        }
    }
}
