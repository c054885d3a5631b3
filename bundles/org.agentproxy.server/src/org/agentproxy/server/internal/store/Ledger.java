package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A numbered, append-only series of JSON documents: a group's versions, agent tokens or secrets, or the admin
 * tokens. An entry is whole or absent, never replaced, and its number is never reused. The file store keeps one
 * in a directory ({@link FileLedger}); the PostgreSQL store in a table. Not thread-safe: its owner serialises
 * appends (and, when the ledger is shared by several servers, a number taken by another one fails the append
 * with {@link LedgerConflictException}).
 */
public interface Ledger {

    /** One whole entry. */
    record Entry(long number, JsonNode document) {
    }

    /**
     * Every whole entry above the highest number this ledger has seen, in number order: on the first call every
     * entry, later the ones other servers appended since. An entry that cannot be parsed is reported and skipped,
     * but its number is never reused.
     */
    List<Entry> load(Consumer<String> log) throws IOException;

    /** The next free number: one more than the highest ever seen or written. */
    long next();

    /**
     * Writes entry {@code number} durably: once this returns, it is committed.
     *
     * @throws LedgerConflictException when another server took the number first (nothing was written)
     */
    void append(long number, JsonNode document) throws IOException;
}
