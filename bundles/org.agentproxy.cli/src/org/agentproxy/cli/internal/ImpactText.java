package org.agentproxy.cli.internal;

import java.io.PrintStream;

import org.agentproxy.simulation.impact.ImpactReport;
import org.agentproxy.simulation.impact.LostAgent;
import org.agentproxy.simulation.impact.LostPath;
import org.agentproxy.simulation.impact.PurposeImpact;

/** An impact report for a person: the counts per purpose, then the agents that lose a path (the first ones). */
public final class ImpactText {

    /** Lost paths listed before the text says how many more there are. */
    static final int LIST_LIMIT = 50;

    private ImpactText() {
    }

    public static void print(ImpactReport r, PrintStream out) {
        out.println("Impact of \"" + r.fromPolicy() + "\" -> \"" + r.toPolicy() + "\" on " + r.agents() + " agents");
        out.println();
        out.printf("%-32s %9s %9s %9s %9s%n", "purpose", "kept", "changed", "gained", "lost");
        for (PurposeImpact p : r.purposes()) {
            out.printf("%-32s %9d %9d %9d %9d%n", p.purpose(), p.kept(), p.changed(), p.gained(), p.lost());
        }
        out.println();
        long total = r.lostPaths();
        if (total == 0) {
            out.println("No agent loses a path.");
            return;
        }
        int agents = r.lostAgents().size();
        out.println((agents == 1 ? "1 agent loses " : agents + " agents lose ") + total
                + (total == 1 ? " path:" : " paths:"));
        int shown = 0;
        for (LostAgent agent : r.lostAgents()) {
            for (LostPath path : agent.paths()) {
                if (shown++ == LIST_LIMIT) {
                    out.println("  ... and " + (total - LIST_LIMIT) + " more (--format csv or json lists them all)");
                    return;
                }
                out.println("  " + agent.agentId() + "  " + path.purpose() + "  (was " + path.before() + "): "
                        + path.reason());
            }
        }
    }
}
