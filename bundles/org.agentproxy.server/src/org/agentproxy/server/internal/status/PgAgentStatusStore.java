package org.agentproxy.server.internal.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.agentproxy.server.StatusSettings;
import org.agentproxy.server.internal.store.PgDatabase;
import org.agentproxy.server.internal.store.StoreUnavailableException;
import org.agentproxy.simulation.status.AgentStatusCodec;
import org.agentproxy.simulation.status.AgentStatusReport;
import org.agentproxy.simulation.status.PurposeMismatch;
import org.agentproxy.simulation.status.StatusFormatException;

/**
 * The fleet status in the PostgreSQL database that the replicas share (table {@code agent_status}, schema 2), so that
 * the admin listing of any replica shows every agent whichever replica it reached.
 * <p>
 * <b>Writes are batched and coalesced.</b> A report or poll is taken in this replica's memory ({@link GroupStatus}:
 * the per-agent rate limit and the incremental comparison, unchanged) and answered at once; it then waits in a
 * table of pending rows, one per agent (a later report or poll of the same agent replaces it), which a writer
 * thread upserts every {@link #DEFAULT_FLUSH_MILLIS} ms in transactions of at most {@link #BATCH} rows. So the
 * database sees at most one row write per agent per flush interval, whatever the report rate.
 * <p>
 * <b>What a crash can lose:</b> an acknowledged report is in the database within one flush interval while the
 * database is up; a replica killed within that interval loses those reports (the agents report again at their
 * next interval). <b>While the database is down</b> acknowledged reports wait in memory and are written when it is
 * back — nothing acknowledged is lost unless the replica itself dies meanwhile. The memory set aside for them is
 * bounded ({@link #DEFAULT_MAX_PENDING} agents' rows): past it, a report of an agent without a pending row is
 * refused with {@link StoreUnavailableException} (503 {@code store-unavailable}, {@code Retry-After}) and not
 * acknowledged; a poll is answered all the same and its time is not recorded.
 * <p>
 * <b>Reads come from the database</b>: the listing first writes this replica's pending rows (so a replica's own
 * acknowledged reports are always in its listing), then counts the summary and reads the page in SQL. The states
 * are computed from the columns as {@link AgentRecord} computes them; a mismatched agent's purposes are compared
 * anew from its stored report (the comparison is deterministic for a version and a report). A database that cannot
 * be reached makes the listing 503. Thread-safe.
 */
public final class PgAgentStatusStore implements AgentStatusStore {

    /** How often pending rows are written (ms): {@code -Dagentproxy.server.status.flushMillis}. */
    static final long DEFAULT_FLUSH_MILLIS = 200;
    /** The most agents whose rows may wait for the database: {@code -Dagentproxy.server.status.maxPending}. */
    static final int DEFAULT_MAX_PENDING = 200_000;
    /** The most rows one transaction writes. */
    static final int BATCH = 2_000;

    private static final String GROUP_ID = "(SELECT id FROM groups WHERE name = ? AND deleted_at IS NULL)";
    private static final String UPSERT_REPORT = "INSERT INTO agent_status AS s (group_id, agent, version, "
            + "received_at, failing, mismatch, report) SELECT g.id, ?, ?, ?, ?, ?, ? FROM groups g "
            + "WHERE g.name = ? AND g.deleted_at IS NULL ON CONFLICT (group_id, agent) DO UPDATE SET "
            + "version = EXCLUDED.version, received_at = EXCLUDED.received_at, failing = EXCLUDED.failing, "
            + "mismatch = EXCLUDED.mismatch, report = EXCLUDED.report WHERE s.received_at <= EXCLUDED.received_at";
    private static final String UPSERT_POLL = "INSERT INTO agent_status AS s (group_id, agent, last_poll, "
            + "polled_version) SELECT g.id, ?, ?, ? FROM groups g WHERE g.name = ? AND g.deleted_at IS NULL "
            + "ON CONFLICT (group_id, agent) DO UPDATE SET last_poll = EXCLUDED.last_poll, "
            + "polled_version = EXCLUDED.polled_version WHERE s.last_poll <= EXCLUDED.last_poll";

    /** A group and an agent: the key of a pending row. */
    private record Key(String group, String agent) {
    }

    /**
     * What waits to be written for one agent: its last report (with when it arrived and the comparison's flags)
     * and its last poll; either may be absent ({@code report == null}, {@code lastPoll == 0}).
     */
    private record Pending(AgentStatusReport report, long receivedAt, boolean mismatch, long lastPoll,
            long polledVersion) {

        /** {@code this} (older) updated with {@code newer}: the later report and the later poll. */
        Pending merge(Pending newer) {
            boolean newReport = newer.report != null && newer.receivedAt >= receivedAt;
            boolean newPoll = newer.lastPoll >= lastPoll && newer.lastPoll > 0;
            return new Pending(newReport ? newer.report : report, newReport ? newer.receivedAt : receivedAt,
                    newReport ? newer.mismatch : mismatch, newPoll ? newer.lastPoll : lastPoll,
                    newPoll ? newer.polledVersion : polledVersion);
        }
    }

    private final PgDatabase db;
    private final StatusSettings settings;
    private final Consumer<String> log;
    private final Interner interner = new Interner(1 << 16);
    private final Map<String, GroupStatus> groups = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Key, Pending> pending = new ConcurrentHashMap<>();
    private final int maxPending;
    private final long flushMillis;
    /** One writer at a time: the writer thread, a listing, {@link #flush()}, {@link #close()}. */
    private final Object writing = new Object();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "agent-status-writer");
        t.setDaemon(true);
        return t;
    });
    /** The rows a write has taken from {@link #pending} and not yet committed: they count against the bound. */
    private volatile Map<Key, Pending> inFlight = Map.of();
    /** Whether the last write failed (logged once per outage). */
    private volatile boolean failing;

    private PgAgentStatusStore(PgDatabase db, StatusSettings settings, Consumer<String> log) {
        this.db = db;
        this.settings = settings;
        this.log = log;
        this.maxPending = Integer.getInteger("agentproxy.server.status.maxPending", DEFAULT_MAX_PENDING);
        this.flushMillis = Long.getLong("agentproxy.server.status.flushMillis", DEFAULT_FLUSH_MILLIS);
    }

    /** Opens the store over the database (its schema already migrated) and starts the writer. */
    public static PgAgentStatusStore open(PgDatabase db, StatusSettings settings, Consumer<String> log) {
        PgAgentStatusStore store = new PgAgentStatusStore(db, settings, log);
        store.writer.scheduleWithFixedDelay(store::writeQuietly, store.flushMillis, store.flushMillis,
                TimeUnit.MILLISECONDS);
        return store;
    }

    @Override
    public GroupStatus group(String name) {
        return groups.computeIfAbsent(name, n -> new GroupStatus(settings, interner));
    }

    @Override
    public GroupStatus.Outcome report(String group, AgentStatusReport report, long now, GroupVersions versions)
            throws IOException {
        Key key = new Key(group, report.agent());
        if (!room(key)) {
            throw new StoreUnavailableException("the fleet status cannot be written to " + db.config().display()
                    + ": " + waiting() + " agents' reports wait for it already", null);
        }
        GroupStatus.Outcome outcome = group(group).report(report, now, versions);
        if (outcome instanceof GroupStatus.Stored stored) {
            pending.merge(key, new Pending(report, now, !stored.mismatches().isEmpty(), 0, 0), Pending::merge);
        }
        return outcome;
    }

    @Override
    public void polled(String group, String agent, long version, long now) {
        group(group).polled(agent, version, now);
        Key key = new Key(group, agent);
        if (room(key)) {
            pending.merge(key, new Pending(null, 0, false, now, version), Pending::merge);
        }
    }

    /** Whether a report or poll of {@code key} may wait: within the bound, or replacing a waiting row. */
    private boolean room(Key key) {
        return waiting() < maxPending || pending.containsKey(key) || inFlight.containsKey(key);
    }

    private int waiting() {
        return pending.size() + inFlight.size();
    }

    @Override
    public GroupStatus.Page page(String group, GroupVersions versions, long now, AgentState state, String after,
            int limit) throws IOException {
        write(); // this replica's acknowledged reports are in its own listing
        long current = versions.current();
        long notSeenBefore = now - settings.notSeenAfter().toMillis();
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // the summary and the page agree
            c.setReadOnly(true);
            try {
                GroupStatus.Page page = read(c, group, versions, current, notSeenBefore, state, after, limit);
                c.commit();
                return page;
            } finally {
                restore(c);
            }
        } catch (SQLException e) {
            throw db.failure("reading the fleet status of group " + group, e);
        }
    }

    private GroupStatus.Page read(Connection c, String group, GroupVersions versions, long current,
            long notSeenBefore, AgentState state, String after, int limit) throws SQLException {
        TreeMap<Long, Integer> perVersion = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT known_version, count(*) FROM agent_status "
                + "WHERE group_id = " + GROUP_ID + " GROUP BY known_version")) {
            p.setString(1, group);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    perVersion.put(r.getLong(1), r.getInt(2));
                }
            }
        }
        EnumMap<AgentState, Integer> states = new EnumMap<>(AgentState.class);
        int total;
        try (PreparedStatement p = c.prepareStatement("SELECT count(*), "
                + "count(*) FILTER (WHERE " + predicate(AgentState.CURRENT) + "), "
                + "count(*) FILTER (WHERE " + predicate(AgentState.BEHIND) + "), "
                + "count(*) FILTER (WHERE " + predicate(AgentState.NOT_SEEN) + "), "
                + "count(*) FILTER (WHERE " + predicate(AgentState.FAILING) + "), "
                + "count(*) FILTER (WHERE " + predicate(AgentState.MISMATCH) + ") "
                + "FROM (SELECT *, ?::bigint AS cur, ?::bigint AS seen FROM agent_status WHERE group_id = " + GROUP_ID
                + ") a")) {
            p.setLong(1, current);
            p.setLong(2, notSeenBefore);
            p.setString(3, group);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                total = r.getInt(1);
                AgentState[] order = {AgentState.CURRENT, AgentState.BEHIND, AgentState.NOT_SEEN, AgentState.FAILING,
                    AgentState.MISMATCH};
                for (int i = 0; i < order.length; i++) {
                    states.put(order[i], r.getInt(i + 2));
                }
            }
        }
        List<AgentView> views = new ArrayList<>();
        boolean more = false;
        try (PreparedStatement p = c.prepareStatement("SELECT agent, known_version, received_at, last_poll, failing, "
                + "mismatch, report, last_seen FROM (SELECT *, ?::bigint AS cur, ?::bigint AS seen FROM agent_status "
                + "WHERE group_id = " + GROUP_ID + ") a WHERE (?::text IS NULL OR agent > ?) AND "
                + (state == null ? "true" : predicate(state)) + " ORDER BY agent LIMIT ?")) {
            p.setLong(1, current);
            p.setLong(2, notSeenBefore);
            p.setString(3, group);
            if (after == null) {
                p.setNull(4, Types.VARCHAR);
                p.setNull(5, Types.VARCHAR);
            } else {
                p.setString(4, after);
                p.setString(5, after);
            }
            p.setInt(6, limit + 1);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    if (views.size() == limit) {
                        more = true;
                        break;
                    }
                    views.add(view(r, group(group), versions, current, notSeenBefore));
                }
            }
        }
        String next = more ? views.get(views.size() - 1).id() : null;
        return new GroupStatus.Page(total, perVersion, states, views, next);
    }

    /** The SQL condition of a state over the columns, with {@code cur} the current version, {@code seen} the limit. */
    private static String predicate(AgentState state) {
        return switch (state) {
            case NOT_SEEN -> "last_seen < seen";
            case BEHIND -> "known_version < cur";
            case FAILING -> "failing";
            case MISMATCH -> "mismatch";
            case CURRENT -> "NOT (last_seen < seen OR known_version < cur OR failing OR mismatch)";
        };
    }

    private AgentView view(ResultSet r, GroupStatus status, GroupVersions versions, long current, long notSeenBefore)
            throws SQLException {
        String id = r.getString(1);
        long known = r.getLong(2);
        long receivedAt = r.getLong(3);
        long lastPoll = r.getLong(4);
        boolean failing = r.getBoolean(5);
        boolean mismatch = r.getBoolean(6);
        String text = r.getString(7);
        long lastSeen = r.getLong(8);
        Set<AgentState> states = EnumSet.noneOf(AgentState.class);
        if (lastSeen < notSeenBefore) {
            states.add(AgentState.NOT_SEEN);
        }
        if (known < current) {
            states.add(AgentState.BEHIND);
        }
        if (failing) {
            states.add(AgentState.FAILING);
        }
        if (mismatch) {
            states.add(AgentState.MISMATCH);
        }
        if (states.isEmpty()) {
            states.add(AgentState.CURRENT);
        }
        AgentStatusReport report = null;
        List<PurposeMismatch> mismatches = List.of();
        if (text != null) {
            try {
                report = AgentStatusCodec.read(text.getBytes(StandardCharsets.UTF_8));
            } catch (StatusFormatException e) { // written by a server: only a hand-edited row gets here
                log.accept("the fleet status of agent " + id + " in the database is unreadable (" + e.getMessage()
                        + "); listed without its report");
            }
            if (report != null && mismatch) {
                mismatches = status.compare(report, versions);
            }
        }
        return new AgentView(id, known, states, receivedAt, lastPoll, report, mismatches);
    }

    @Override
    public void forget(String name) throws IOException {
        groups.remove(name);
        pending.keySet().removeIf(k -> k.group().equals(name));
        try (Connection c = db.dataSource().getConnection(); PreparedStatement p = c.prepareStatement(
                "DELETE FROM agent_status s USING groups g WHERE s.group_id = g.id AND g.name = ? "
                        + "AND g.deleted_at IS NOT NULL")) {
            p.setString(1, name);
            p.executeUpdate();
        } catch (SQLException e) {
            throw db.failure("forgetting the fleet status of group " + name, e);
        }
    }

    @Override
    public void flush() throws IOException {
        write();
    }

    /** The writer thread's turn: failures are logged once per outage and tried again at the next turn. */
    private void writeQuietly() {
        try {
            write();
            if (failing) {
                failing = false;
                log.accept("the fleet status is written to " + db.config().display() + " again");
            }
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                failing = true;
                log.accept("cannot write the fleet status to the database (" + e.getMessage() + "): "
                        + waiting() + " agents' reports wait in memory; trying again every " + flushMillis
                        + " ms");
            }
        }
    }

    /** Writes every pending row, in transactions of at most {@link #BATCH}; on failure they wait again. */
    private void write() throws IOException {
        synchronized (writing) {
            while (!pending.isEmpty()) {
                Map<Key, Pending> taken = take();
                try {
                    upsert(taken);
                } catch (IOException | RuntimeException e) {
                    // back where they were, under anything newer that arrived meanwhile
                    taken.forEach((k, p) -> pending.merge(k, p, (newer, older) -> older.merge(newer)));
                    throw e;
                } finally {
                    inFlight = Map.of();
                }
            }
        }
    }

    private Map<Key, Pending> take() {
        Map<Key, Pending> taken = new ConcurrentHashMap<>();
        inFlight = taken; // before any row leaves pending: a row is always in one of the two
        for (Key k : pending.keySet()) {
            if (taken.size() >= BATCH) {
                break;
            }
            pending.computeIfPresent(k, (key, p) -> {
                taken.put(key, p);
                return null;
            });
        }
        return taken;
    }

    private void upsert(Map<Key, Pending> rows) throws IOException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement reports = c.prepareStatement(UPSERT_REPORT);
                    PreparedStatement polls = c.prepareStatement(UPSERT_POLL)) {
                int r = 0;
                int p = 0;
                // in one order on every replica: two replicas' batches over the same agents cannot deadlock
                List<Map.Entry<Key, Pending>> sorted = new ArrayList<>(rows.entrySet());
                sorted.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(Key::group)
                        .thenComparing(Key::agent)));
                for (Map.Entry<Key, Pending> e : sorted) {
                    Pending row = e.getValue();
                    if (row.report() != null) {
                        reports.setString(1, e.getKey().agent());
                        reports.setLong(2, row.report().version());
                        reports.setLong(3, row.receivedAt());
                        reports.setBoolean(4, row.report().failing());
                        reports.setBoolean(5, row.mismatch());
                        reports.setString(6, new String(AgentStatusCodec.write(row.report()), StandardCharsets.UTF_8));
                        reports.setString(7, e.getKey().group());
                        reports.addBatch();
                        r++;
                    }
                    if (row.lastPoll() > 0) {
                        polls.setString(1, e.getKey().agent());
                        polls.setLong(2, row.lastPoll());
                        polls.setLong(3, row.polledVersion());
                        polls.setString(4, e.getKey().group());
                        polls.addBatch();
                        p++;
                    }
                }
                if (r > 0) {
                    reports.executeBatch();
                }
                if (p > 0) {
                    polls.executeBatch();
                }
                c.commit();
            } finally {
                // after a failure this rolls the batch back; after the commit there is nothing left to roll back
                restore(c);
            }
        } catch (SQLException e) {
            throw db.failure("writing the fleet status", e);
        }
    }

    /**
     * Ends a transaction and puts the connection back in auto-commit mode, quietly: when the database went away, these
     * calls fail too ("Connection is closed"), and such a failure must not replace the one that says why (which tells
     * an unreachable database, answered 503, from a real error). The pool drops a broken connection.
     */
    private static void restore(Connection c) {
        try {
            c.rollback();
            c.setReadOnly(false);
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is gone: so is its transaction
        }
    }

    /** How many agents' rows wait for the database (for tests and the log). */
    int pendingCount() {
        return waiting();
    }

    @Override
    public void close() throws IOException {
        writer.shutdownNow();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            write();
        } catch (IOException e) {
            log.accept("stopping: " + pending.size() + " agents' fleet status could not be written to the "
                    + "database (" + e.getMessage() + "); they report again");
        }
    }
}
