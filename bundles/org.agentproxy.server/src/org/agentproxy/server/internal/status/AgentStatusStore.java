package org.agentproxy.server.internal.status;

import java.io.Closeable;
import java.io.IOException;

import org.agentproxy.simulation.status.AgentStatusReport;

/**
 * Where the server keeps the fleet status. Each group's {@link GroupStatus} in memory takes the reports and polls
 * that reach this server (the rate limit and the incremental comparison); the implementation persists them so that
 * a restart keeps them, and answers the admin listing: from memory ({@link FileAgentStatusStore}) or from a
 * database every replica writes ({@link PgAgentStatusStore}). Thread-safe.
 */
public interface AgentStatusStore extends Closeable {

    /** The status of a group held in this server's memory (created empty the first time). */
    GroupStatus group(String name);

    /**
     * Stores a report received at {@code now} (epoch ms) unless the agent reported too recently.
     *
     * @throws IOException a {@code StoreUnavailableException} when the report cannot be kept (the database is
     *                     unreachable and the reports waiting for it fill the memory set aside): nothing was stored
     */
    default GroupStatus.Outcome report(String group, AgentStatusReport report, long now, GroupVersions versions)
            throws IOException {
        return group(group).report(report, now, versions);
    }

    /** Records a poll by {@code agent} at {@code now} answered with {@code version}. */
    default void polled(String group, String agent, long version, long now) {
        group(group).polled(agent, version, now);
    }

    /**
     * The summary of every agent of the group at {@code now} and one page of the agents in {@code state} (every
     * agent when {@code null}), sorted by id, starting after the id {@code after} ({@code null}: from the first).
     *
     * @throws IOException a {@code StoreUnavailableException} when the database cannot be read
     */
    default GroupStatus.Page page(String group, GroupVersions versions, long now, AgentState state, String after,
            int limit) throws IOException {
        return group(group).page(versions.current(), now, state, after, limit);
    }

    /** Forgets a group (it was deleted); its persisted status too. */
    void forget(String name) throws IOException;

    /** Persists what changed since the last call. */
    void flush() throws IOException;

    /** Persists what changed and stops. */
    @Override
    void close() throws IOException;
}
