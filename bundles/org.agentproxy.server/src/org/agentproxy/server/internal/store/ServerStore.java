package org.agentproxy.server.internal.store;

import java.io.Closeable;
import java.util.Optional;

/**
 * Where a policy server keeps its state: the groups (versions, agent tokens, secrets, audit data) and the admin
 * token hashes. Two kinds: the data directory's files ({@link FileStore}, the default) and a PostgreSQL database
 * shared by any number of replicas ({@code org.agentproxy.server.internal.store.pg}). Either way the server's
 * {@link DataDirectory} holds the secret key, the first admin token and the refused-admin log, and agents are
 * answered from memory. Thread-safe.
 */
public interface ServerStore extends Closeable {

    /** The server's own data directory (locked by it). */
    DataDirectory dataDirectory();

    Groups groups();

    /** The name of the admin token presented, if it is one. */
    Optional<String> adminName(String presented);

    /**
     * Whether what this server holds in memory is current with the store, for {@code GET /readyz}: empty when it
     * is, else the reason. The file store is always current.
     */
    Optional<String> notReadyReason();

    /** Where the state is, for the start-up line: {@code data: DIR} or {@code store: postgresql://HOST:PORT/DB}. */
    String describe();
}
