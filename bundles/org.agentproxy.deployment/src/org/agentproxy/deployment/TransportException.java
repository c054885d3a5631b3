package org.agentproxy.deployment;

/**
 * A transport could not do what it was asked. The {@link Kind} decides what the engine does: retry
 * ({@link Kind#TRANSIENT}), stop on that target ({@link Kind#CONFLICT}, {@link Kind#REJECTED},
 * {@link Kind#UNAUTHORIZED}, {@link Kind#FAILED}). Messages name the problem, never a token or a secret.
 */
public class TransportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of failure. */
    public enum Kind {
        /** May work when tried again: connection refused or reset, time-out, 5xx, 429. */
        TRANSIENT,
        /** The target's current version is not the one the change was based on (HTTP 412). */
        CONFLICT,
        /** The target refused the request as invalid: unknown group, invalid policy, too large (4xx). */
        REJECTED,
        /** A token is missing or not accepted (401, 403). */
        UNAUTHORIZED,
        /** Anything else. */
        FAILED
    }

    private final Kind kind;
    private final int status;

    /**
     * @param status the HTTP status, or 0 when there was no response
     */
    public TransportException(Kind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    public TransportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = 0;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0. */
    public int status() {
        return status;
    }
}
