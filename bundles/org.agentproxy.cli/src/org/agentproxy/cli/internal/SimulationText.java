package org.agentproxy.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.SkippedFeature;
import org.agentproxy.simulation.scenario.AgentFacts;

/** A simulation report for a person: per purpose the result, then each attempt with its rule and explanation. */
public final class SimulationText {

    private SimulationText() {
    }

    public static void print(SimulationReport r, PrintStream out) {
        AgentFacts a = r.scenario().agent();
        out.println("Policy \"" + r.policyName() + "\"" + (r.scenario().name() == null ? ""
                : ", scenario \"" + r.scenario().name() + "\""));
        out.println("Agent " + (a.id() == null ? "" : a.id() + " ") + a.ip() + " (" + a.family().id() + ")");
        out.println();
        out.println("location: " + r.location().location().id() + "  [" + r.location().rule().id() + "] "
                + r.location().explanation());
        attempts(r.location().attempts(), r.location().explanation(), out);
        for (PurposeReport p : r.purposes()) {
            out.println();
            String result = p.success().map(ok -> "ok, " + ok.path())
                    .orElse("FAILED (" + (p.cause() == null ? "" : p.cause().id() + ": ") + p.reason() + ")");
            out.println(p.purpose() + ": " + result);
            attempts(p.attempts(), null, out);
        }
        for (SkippedFeature f : r.skipped()) {
            out.println();
            out.println(f.id() + ": " + f.reason());
        }
    }

    /** Each attempt; an explanation the heading already gave ({@code said}) is not repeated. */
    private static void attempts(List<Attempt> attempts, String said, PrintStream out) {
        for (int i = 0; i < attempts.size(); i++) {
            Attempt a = attempts.get(i);
            String explanation = a.explanation().equals(said) ? "" : " " + a.explanation();
            out.printf("  %d. %-9s %s  [%s]%s%n", i + 1, a.outcome().id(), a.path(), a.rule().id(), explanation);
            if (a.reason() != null) {
                out.println("               " + a.cause().id() + ": " + a.reason());
            }
        }
    }
}
