package org.agentproxy.cli.internal;

import org.eclipse.osgi.util.NLS;

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
        out.println(NLS.bind(Messages.SimulationText_policy01, r.policyName(), (r.scenario().name() == null ? "" //$NON-NLS-1$
                : NLS.bind(Messages.SimulationText_scenario0, r.scenario().name()))));
        out.println(NLS.bind(Messages.SimulationText_agent012, new Object[] { (a.id() == null ? "" : a.id() + " "), a.ip(), a.family().id() })); //$NON-NLS-1$ //$NON-NLS-2$
        for (String warning : r.warnings()) {
            out.println(NLS.bind(Messages.SimulationText_warning0, warning));
        }
        out.println();
        out.println(NLS.bind(Messages.SimulationText_location012, new Object[] { r.location().location().id(), r.location().rule().id(), r.location().explanation() }));
        attempts(r.location().attempts(), r.location().explanation(), out);
        for (PurposeReport p : r.purposes()) {
            out.println();
            String result = p.success().map(ok -> NLS.bind(Messages.SimulationText_ok0, ok.path()))
                    .orElse(NLS.bind(Messages.SimulationText_fAILED01, (p.cause() == null ? "" : p.cause().id() + ": "), p.reason())); //$NON-NLS-1$ //$NON-NLS-2$
            out.println(p.purpose() + ": " + result); //$NON-NLS-1$
            attempts(p.attempts(), null, out);
        }
        for (SkippedFeature f : r.skipped()) {
            out.println();
            out.println(f.id() + ": " + f.reason()); //$NON-NLS-1$
        }
    }

    /** Each attempt; an explanation the heading already gave ({@code said}) is not repeated. */
    private static void attempts(List<Attempt> attempts, String said, PrintStream out) {
        for (int i = 0; i < attempts.size(); i++) {
            Attempt a = attempts.get(i);
            String explanation = a.explanation().equals(said) ? "" : " " + a.explanation(); //$NON-NLS-1$ //$NON-NLS-2$
            out.printf("  %d. %-9s %s  [%s]%s%n", i + 1, a.outcome().id(), a.path(), a.rules(), explanation); //$NON-NLS-1$
            if (a.reason() != null) {
                out.println("               " + a.cause().id() + ": " + a.reason()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }
}
