package org.agentproxy.cli.internal;

import org.eclipse.osgi.util.NLS;

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
        out.println(NLS.bind(Messages.ImpactText_impactOf01On, new Object[] { r.fromPolicy(), r.toPolicy(), r.agents() }));
        out.println();
        out.printf("%-32s %9s %9s %9s %9s%n", "purpose", "kept", "changed", "gained", "lost"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        for (PurposeImpact p : r.purposes()) {
            out.printf("%-32s %9d %9d %9d %9d%n", p.purpose(), p.kept(), p.changed(), p.gained(), p.lost()); //$NON-NLS-1$
        }
        out.println();
        long total = r.lostPaths();
        if (total == 0) {
            out.println(Messages.ImpactText_noAgentLosesAPath);
            return;
        }
        int agents = r.lostAgents().size();
        out.println((agents == 1 ? Messages.ImpactText_1AgentLoses : NLS.bind(Messages.ImpactText_0AgentsLose, agents)) + total
                + (total == 1 ? Messages.ImpactText_path : Messages.ImpactText_paths));
        int shown = 0;
        for (LostAgent agent : r.lostAgents()) {
            for (LostPath path : agent.paths()) {
                if (shown++ == LIST_LIMIT) {
                    out.println(NLS.bind(Messages.ImpactText_and0MoreFormatCsv, (total - LIST_LIMIT)));
                    return;
                }
                out.println(NLS.bind(Messages.ImpactText_01Was23, new Object[] { agent.agentId(), path.purpose(), path.before(), path.reason() }));
            }
        }
    }
}
