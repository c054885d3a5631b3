package org.agentproxy.server.internal.status;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where the server keeps the fleet status: each group's {@link GroupStatus} in memory, persisted by the
 * implementation so that a restart keeps it. Thread-safe.
 */
public interface AgentStatusStore extends Closeable {

    /** The status of a group (created empty the first time). */
    GroupStatus group(String name);

    /** Forgets a group (it was deleted); its persisted status too. */
    void forget(String name) throws IOException;

    /** Persists what changed since the last call. */
    void flush() throws IOException;

    /** Persists what changed and stops. */
    @Override
    void close() throws IOException;
}
