package org.agentproxy.policy.store.transfer;

import java.io.IOException;

/**
 * A file that cannot be imported, with the {@link Reason} a dialog can act on (ask for the passphrase again on
 * {@link Reason#WRONG_PASSPHRASE}) and a message that names the field and the reason, never a secret.
 */
public class ImportException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why the import failed. */
    public enum Reason {
        /** Neither a policy file nor an export: not JSON, or no known {@code "format"}. */
        NOT_A_POLICY,
        /** A newer export format this version cannot read. */
        UNSUPPORTED_FORMAT,
        /** A known format with a missing or invalid field (the message names it). */
        MALFORMED,
        /** The export holds encrypted secrets and no passphrase was given. */
        PASSPHRASE_REQUIRED,
        /** The passphrase is not the one the export was made with. */
        WRONG_PASSPHRASE,
        /** The passphrase is right but the policy or the secrets were changed after the export. */
        TAMPERED
    }

    private final Reason reason;

    public ImportException(Reason reason, String message) {
        this(reason, message, null);
    }

    public ImportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
