package org.agentproxy.simulation.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.SimulationReport;

/**
 * Predicted versus observed: for each purpose an agent reported, the path engine's attempt that decides the purpose
 * (the one that succeeds, else the last failed one) against the agent's observation. A purpose differs when the
 * outcome differs, or when both succeed through a different route, target or proxy. Both failing is not a
 * mismatch (the agent is listed as failing). A purpose the engine does not know (a feature not installed where the
 * comparison runs) is not compared.
 */
public final class PathComparison {

    private PathComparison() {
    }

    /** The purposes of {@code observed} whose path differs from {@code predicted}'s, in the report's order. */
    public static List<PurposeMismatch> compare(SimulationReport predicted, AgentStatusReport observed) {
        List<PurposeMismatch> mismatches = new ArrayList<>();
        for (ObservedPath o : observed.purposes()) {
            PurposeReport p = find(predicted, o.purpose());
            if (p == null || p.attempts().isEmpty()) {
                continue;
            }
            Attempt decisive = decisive(p);
            String reason = difference(p, decisive, o);
            if (reason != null) {
                mismatches.add(new PurposeMismatch(o.purpose(), decisive.via(), decisive.proxy(), decisive.target(),
                        p.outcome(), decisive.rule(), decisive.explanation(), o, reason));
            }
        }
        return mismatches;
    }

    private static PurposeReport find(SimulationReport report, String purpose) {
        for (PurposeReport p : report.purposes()) {
            if (p.purpose().equals(purpose)) {
                return p;
            }
        }
        return null;
    }

    /** The attempt that succeeds, else the last one that failed. */
    static Attempt decisive(PurposeReport p) {
        Attempt last = p.attempts().get(0);
        for (Attempt a : p.attempts()) {
            if (a.ok()) {
                return a;
            }
            if (a.outcome() == Outcome.FAILED) {
                last = a;
            }
        }
        return last;
    }

    private static String difference(PurposeReport p, Attempt predicted, ObservedPath o) {
        if (p.ok() && !o.ok()) {
            return "predicted to succeed " + predicted.path() + "; the agent failed " + o.path()
                    + (o.error() == null ? "" : ": " + o.error());
        }
        if (!p.ok() && o.ok()) {
            return "predicted to fail (" + (p.cause() == null ? "failed" : p.cause().id()) + "); the agent succeeded "
                    + o.path();
        }
        if (!p.ok()) {
            return null;
        }
        if (predicted.via() != o.via()) {
            return "the agent went " + o.via().id() + " instead of " + predicted.via().id();
        }
        if (!predicted.target().equalsIgnoreCase(o.target())) {
            return "the agent reached " + o.target() + " instead of " + predicted.target();
        }
        if (!sameProxy(predicted.proxy(), o.proxy())) {
            return "the agent used the proxy " + o.proxy() + " instead of " + predicted.proxy();
        }
        return null;
    }

    private static boolean sameProxy(String predicted, String observed) {
        if (predicted == null || observed == null) {
            return true; // nothing to compare: the engine knows no address (automatic settings), or the agent did not say
        }
        return Objects.equals(predicted.toLowerCase(java.util.Locale.ROOT), observed.toLowerCase(java.util.Locale.ROOT));
    }
}
