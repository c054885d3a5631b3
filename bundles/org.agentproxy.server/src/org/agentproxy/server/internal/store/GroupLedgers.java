package org.agentproxy.server.internal.store;

import java.io.IOException;

/**
 * Where one group's ledgers live (versions, agent tokens, secrets) and how its deletion is recorded: the file
 * store's {@code groups/NAME/} or the PostgreSQL store's rows.
 */
public interface GroupLedgers {

    Ledger versions();

    Ledger tokens();

    Ledger secrets();

    /**
     * Whether other servers append to these ledgers too (replicas over one database): the group then re-reads
     * what they appended before every change it checks a precondition of.
     */
    boolean shared();

    /**
     * Records the deletion durably if the group's current version in the store is still
     * {@link GroupDeletion#version()}; afterwards every append is refused.
     *
     * @throws LedgerConflictException when another server changed the group meanwhile (nothing was recorded)
     */
    void recordDeletion(GroupDeletion deletion) throws IOException;
}
