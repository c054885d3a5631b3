package org.agentproxy.ui.internal;

import org.eclipse.osgi.util.NLS;

/** "1 error, 2 warnings" wording shared by the status line and the explorer. */
public final class ProblemCounts {

    private ProblemCounts() {
    }

    public static String describe(long errors, long warnings) {
        if (errors == 0 && warnings == 0) {
            return Messages.ProblemCounts_valid;
        }
        return NLS.bind(Messages.ProblemCounts_errorsAndWarnings,
                NLS.bind(errors == 1 ? Messages.ProblemCounts_oneError : Messages.ProblemCounts_errors, errors),
                NLS.bind(warnings == 1 ? Messages.ProblemCounts_oneWarning : Messages.ProblemCounts_warnings, warnings));
    }
}
