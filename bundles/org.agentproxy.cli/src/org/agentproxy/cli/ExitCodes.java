package org.agentproxy.cli;

/** Exit codes scripts can rely on. */
public final class ExitCodes {

    /** Success: every file valid, the command did what it was asked. */
    public static final int OK = 0;
    /** Failure of the tool or the environment (I/O error, bug). */
    public static final int FAILURE = 1;
    /** Bad input: an invalid file, unknown command or option, missing argument. */
    public static final int INVALID = 2;
    /** A conflict: the target changed since the plan (a stale version); nothing was changed there. */
    public static final int CONFLICT = 3;

    /**
     * Attention: the command worked and found something an administrator should look at (agent status: some agents
     * are behind, not seen, failing or mismatched).
     */
    public static final int ATTENTION = 4;

    private ExitCodes() {
    }
}
