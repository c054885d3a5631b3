package org.agentproxy.deployment.ui.internal.fleet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agentproxy.simulation.Rule;
import org.agentproxy.simulation.status.PurposeMismatch;

/**
 * The rules behind a mismatch's two paths. The rule a mismatch names decided the predicted attempt; when that is R7
 * (no common address family) another rule routed it, and the engine's explanation says which ("R3 routes this
 * attempt, and R7 stops it: …", the server's listing carries it as {@code predicted.explanation}). The agent's own
 * path is one of the same purpose, so the same routing rule chose among its ways: the observed side shows that
 * rule alone — the address family stopped the prediction, not the agent.
 */
final class MismatchRules {

    private static final Pattern ROUTED = Pattern.compile("^(R[0-6]) routes this attempt"); //$NON-NLS-1$

    private MismatchRules() {
    }

    /** The rule that routed the predicted attempt: the mismatch's rule, or for R7 the one its explanation names. */
    static String routing(PurposeMismatch m) {
        if (m.rule() != Rule.R7 || m.explanation() == null) {
            return m.rule().id();
        }
        Matcher routed = ROUTED.matcher(m.explanation());
        return routed.find() ? routed.group(1) : m.rule().id();
    }

    /** The predicted side's rules, the routing rule first: {@code R3, R7} or {@code R1}. */
    static String predicted(PurposeMismatch m) {
        String routing = routing(m);
        return routing.equals(m.rule().id()) ? routing : routing + ", " + m.rule().id(); //$NON-NLS-1$
    }
}
