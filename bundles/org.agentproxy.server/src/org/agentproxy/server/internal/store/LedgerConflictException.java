package org.agentproxy.server.internal.store;

import java.io.IOException;

/**
 * An append found its number taken by another server sharing the ledger (a replica that committed first), or the
 * precondition it was checked against changed meanwhile: nothing was written. The owner reloads and reports the
 * change as stale.
 */
public class LedgerConflictException extends IOException {

    private static final long serialVersionUID = 1L;

    public LedgerConflictException(String message) {
        super(message);
    }
}
