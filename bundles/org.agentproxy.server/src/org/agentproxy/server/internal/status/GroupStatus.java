package org.agentproxy.server.internal.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.agentproxy.server.StatusSettings;
import org.agentproxy.simulation.status.AgentStatusReport;
import org.agentproxy.simulation.status.MismatchCheck;
import org.agentproxy.simulation.status.PredictionCache;
import org.agentproxy.simulation.status.PurposeMismatch;

/**
 * The fleet status of one group: the last report and the last poll of each agent, at most
 * {@link StatusSettings#maxAgentsPerGroup()} agents. A report whose version, facts and observations are those of the
 * agent's last one keeps the last comparison (no path engine run): only a changed report is compared anew, so a
 * steady fleet costs a hash per report. Thread-safe: each agent's record is guarded by itself.
 */
public final class GroupStatus {

    /** The answer to a report. */
    public sealed interface Outcome permits Stored, TooSoon, Full {
    }

    /** Stored; {@code mismatches} is the comparison's result. */
    public record Stored(List<PurposeMismatch> mismatches) implements Outcome {
    }

    /** Refused: the agent reported less than the minimum interval ago; it may again in {@code retryAfterSeconds}. */
    public record TooSoon(long retryAfterSeconds) implements Outcome {
    }

    /** Refused: the group tracks as many agents as it may. */
    public record Full(int limit) implements Outcome {
    }

    /** The most predictions a group keeps (each a few kB). */
    static final int PREDICTIONS = 512;

    private final ConcurrentHashMap<String, AgentRecord> agents = new ConcurrentHashMap<>();
    private final Interner interner;
    private final StatusSettings settings;
    private final AtomicBoolean dirty = new AtomicBoolean();
    /** The engine's predictions shared between agents: one engine run per version and class of facts. */
    private final PredictionCache predictions = new PredictionCache(PREDICTIONS);

    GroupStatus(StatusSettings settings, Interner interner) {
        this.settings = settings;
        this.interner = interner;
    }

    /** Stores a report received at {@code now} (epoch ms) unless the agent reported too recently. */
    public Outcome report(AgentStatusReport report, long now, GroupVersions versions) {
        AgentRecord record = record(report.agent());
        if (record == null) {
            return new Full(settings.maxAgentsPerGroup());
        }
        long minMillis = settings.minReportInterval().toMillis();
        long key = MismatchCheck.key(report);
        synchronized (record) {
            if (record.receivedAt > 0 && now - record.receivedAt < minMillis) {
                return new TooSoon(Math.max(1, (record.receivedAt + minMillis - now + 999) / 1000));
            }
            if (record.reported() && record.checkKey == key) {
                List<PurposeMismatch> same = record.mismatches == null ? List.of() : List.of(record.mismatches);
                record.store(report, now, interner, key, same);
                markDirty();
                return new Stored(same);
            }
        }
        List<PurposeMismatch> found = compare(report, versions); // outside the lock
        synchronized (record) {
            record.store(report, now, interner, key, found);
        }
        markDirty();
        return new Stored(found);
    }

    /**
     * The purposes of {@code report} whose observed path differs from the one predicted for it; the prediction is
     * shared with every agent of the group whose facts the engine cannot tell apart ({@link PredictionCache}).
     */
    List<PurposeMismatch> compare(AgentStatusReport report, GroupVersions versions) {
        return new MismatchCheck(versions::policy, predictions).check(report);
    }

    /** Records a poll by {@code agent} at {@code now} answered with {@code version}. */
    public void polled(String agent, long version, long now) {
        AgentRecord record = record(agent);
        if (record == null) {
            return; // full: a poll is answered all the same
        }
        synchronized (record) {
            record.lastPoll = now;
            record.polledVersion = version;
        }
        markDirty();
    }

    /** A record restored from a snapshot (mismatches compared anew). */
    void restore(AgentStatusReport report, long receivedAt, long lastPoll, long polledVersion,
            GroupVersions versions) {
        AgentRecord record = agents.computeIfAbsent(report.agent(), AgentRecord::new);
        synchronized (record) {
            record.store(report, receivedAt, interner, MismatchCheck.key(report), compare(report, versions));
            record.lastPoll = lastPoll;
            record.polledVersion = polledVersion;
        }
    }

    /** A record known only by its polls, restored from a snapshot. */
    void restorePolls(String agent, long lastPoll, long polledVersion) {
        AgentRecord record = agents.computeIfAbsent(agent, AgentRecord::new);
        synchronized (record) {
            record.lastPoll = lastPoll;
            record.polledVersion = polledVersion;
        }
    }

    private AgentRecord record(String agent) {
        AgentRecord record = agents.get(agent);
        if (record != null) {
            return record;
        }
        if (agents.size() >= settings.maxAgentsPerGroup()) {
            return null;
        }
        return agents.computeIfAbsent(agent, AgentRecord::new);
    }

    /**
     * The summary of every agent at {@code now} and one page of the agents in {@code state} (every agent when
     * {@code null}), sorted by id, starting after the id {@code after} ({@code null}: from the first).
     */
    public Page page(long currentVersion, long now, AgentState state, String after, int limit) {
        long notSeen = settings.notSeenAfter().toMillis();
        TreeMap<Long, Integer> versions = new TreeMap<>();
        EnumMap<AgentState, Integer> states = new EnumMap<>(AgentState.class);
        for (AgentState s : AgentState.values()) {
            states.put(s, 0);
        }
        List<AgentRecord> chosen = new ArrayList<>();
        int total = 0;
        for (AgentRecord r : agents.values()) {
            Set<AgentState> of;
            long version;
            synchronized (r) {
                of = r.states(currentVersion, now, notSeen);
                version = r.knownVersion();
            }
            total++;
            versions.merge(version, 1, Integer::sum);
            for (AgentState s : of) {
                states.merge(s, 1, Integer::sum);
            }
            if ((state == null || of.contains(state)) && (after == null || r.id.compareTo(after) > 0)) {
                chosen.add(r);
            }
        }
        chosen.sort(Comparator.comparing(r -> r.id));
        List<AgentView> views = new ArrayList<>(Math.min(limit, chosen.size()));
        for (AgentRecord r : chosen.subList(0, Math.min(limit, chosen.size()))) {
            synchronized (r) {
                views.add(new AgentView(r.id, r.knownVersion(), r.states(currentVersion, now, notSeen),
                        r.receivedAt, r.lastPoll, r.report(), r.mismatches == null ? List.of()
                                : Arrays.asList(r.mismatches)));
            }
        }
        String next = chosen.size() > limit ? views.get(views.size() - 1).id() : null;
        return new Page(total, versions, states, views, next);
    }

    /**
     * A page of agents with the summary of the whole group.
     *
     * @param total    every agent the group tracks
     * @param versions agents per version they hold (0: none known)
     * @param states   agents per state (an agent may count in several)
     * @param agents   the page
     * @param next     the id to pass as {@code after} for the next page, or {@code null} after the last
     */
    public record Page(int total, SortedMap<Long, Integer> versions, Map<AgentState, Integer> states,
            List<AgentView> agents, String next) {
    }

    public int size() {
        return agents.size();
    }

    /** Whether something changed since the last call; clears the mark. */
    boolean takeDirty() {
        return dirty.getAndSet(false);
    }

    /** Marks a change; a read first, so that a steady stream of reports does not write the shared flag each time. */
    void markDirty() {
        if (!dirty.get()) {
            dirty.set(true);
        }
    }

    /** The raw records, for snapshots; each to be read holding its lock. */
    Iterable<AgentRecord> records() {
        return agents.values();
    }
}
