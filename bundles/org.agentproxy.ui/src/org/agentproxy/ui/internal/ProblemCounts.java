package org.agentproxy.ui.internal;

/** "1 error, 2 warnings" wording shared by the status line and the explorer. */
public final class ProblemCounts {

    private ProblemCounts() {
    }

    public static String describe(long errors, long warnings) {
        if (errors == 0 && warnings == 0) {
            return "valid"; //$NON-NLS-1$
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
