package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The PostgreSQL store's {@link Ledger}: the rows of one table for one group ({@code group_id = 0}: the admin
 * tokens). An append is one transaction that locks the group's row, refuses a deleted group, inserts the entry
 * (its primary key is the compare-and-set: a number another replica committed first fails with
 * {@link LedgerConflictException}), counts the change and notifies the other replicas ({@code NOTIFY}, delivered
 * at commit). Not thread-safe: its owner serialises appends.
 */
final class PgLedger implements Ledger {

    /** The channel replicas {@code LISTEN} on; the payload is the group's name ("" for admin tokens). */
    static final String CHANNEL = "agentproxy_changes";

    private final PgDatabase db;
    private final String table;
    private final long groupId;
    private final String group;
    private long highest;

    /**
     * @param table   {@code versions}, {@code agent_tokens}, {@code secrets} or {@code admin_tokens}
     * @param groupId the group's row, or 0 for the admin tokens
     * @param group   the group's name ("" for the admin tokens), the notification's payload
     */
    PgLedger(PgDatabase db, String table, long groupId, String group) {
        this.db = db;
        this.table = table;
        this.groupId = groupId;
        this.group = group;
    }

    @Override
    public List<Entry> load(Consumer<String> log) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement p = c.prepareStatement(
                "SELECT number, document FROM " + table + " WHERE group_id = ? AND number > ? ORDER BY number")) {
            p.setLong(1, groupId);
            p.setLong(2, highest);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long number = r.getLong(1);
                    highest = Math.max(highest, number);
                    try {
                        entries.add(new Entry(number, Json.parse(r.getString(2).getBytes(StandardCharsets.UTF_8))));
                    } catch (IOException e) {
                        log.accept("skipping damaged entry " + number + " of " + table + " (" + group + "): "
                                + e.getMessage());
                    }
                }
            }
        } catch (SQLException e) {
            throw db.failure("reading " + table, e);
        }
        return entries;
    }

    @Override
    public long next() {
        return highest + 1;
    }

    @Override
    public void append(long number, JsonNode document) throws IOException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                if (groupId != 0) {
                    lockLiveGroup(c, groupId, group);
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO " + table + " (group_id, number, document) VALUES (?, ?, ?)")) {
                    p.setLong(1, groupId);
                    p.setLong(2, number);
                    p.setString(3, new String(Json.bytes(document), StandardCharsets.UTF_8));
                    p.executeUpdate();
                }
                if (groupId != 0) {
                    countChange(c, groupId);
                }
                notify(c, group);
                c.commit();
                highest = Math.max(highest, number);
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            if (PgDatabase.uniqueViolation(e)) {
                throw new LedgerConflictException(table + " " + number + " of " + group + " was committed by "
                        + "another server first");
            }
            throw db.failure("writing " + table, e);
        }
    }

    /** Locks the group's row for this transaction; a deleted group refuses the change. */
    static void lockLiveGroup(Connection c, long groupId, String group) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT deleted_at IS NOT NULL FROM groups WHERE id = ? FOR UPDATE")) {
            p.setLong(1, groupId);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next() || r.getBoolean(1)) {
                    throw new GroupDeletedException(group);
                }
            }
        }
    }

    static void countChange(Connection c, long groupId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE groups SET changes = changes + 1 WHERE id = ?")) {
            p.setLong(1, groupId);
            p.executeUpdate();
        }
    }

    static void notify(Connection c, String group) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)")) {
            p.setString(1, group);
            p.execute();
        }
    }

    static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: so is the transaction
        }
    }
}
