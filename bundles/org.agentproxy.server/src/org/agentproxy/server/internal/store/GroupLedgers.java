package org.agentproxy.server.internal.store;

import java.io.IOException;

/**
 * Where one group's ledgers live (versions, agent tokens, secrets) and how its deletion is recorded: the file
 * store's {@code groups/NAME/} or the PostgreSQL store's rows.
 *
 * @param versions the group's policy versions
 * @param tokens   its agent tokens
 * @param secrets  its secret values
 * @param shared   whether other servers append to these ledgers too (replicas over one database): the group then
 *                 re-reads what they appended before every change it checks a precondition of
 * @param deletion how the store records the group's deletion ({@link #recordDeletion})
 */
public record GroupLedgers(Ledger versions, Ledger tokens, Ledger secrets, boolean shared, Deletion deletion) {

    /** How a store records a group's deletion durably. */
    @FunctionalInterface
    public interface Deletion {
        void record(GroupDeletion deletion) throws IOException;
    }

    /**
     * Records the deletion durably if the group's current version in the store is still
     * {@link GroupDeletion#version()}; afterwards every append is refused.
     *
     * @throws LedgerConflictException when another server changed the group meanwhile (nothing was recorded)
     */
    public void recordDeletion(GroupDeletion deletion) throws IOException {
        this.deletion.record(deletion);
    }
}
