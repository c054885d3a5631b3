package org.agentproxy.cli.internal;

import java.io.PrintStream;

import org.agentproxy.simulation.impact.ImpactReport;
import org.agentproxy.simulation.impact.LostAgent;
import org.agentproxy.simulation.impact.LostPath;

/** The lost paths of an impact report as CSV (RFC 4180), one row per agent and purpose. */
public final class ImpactCsv {

    public static final String HEADER = "agent_id,purpose,before,cause,reason";

    private ImpactCsv() {
    }

    public static void print(ImpactReport r, PrintStream out) {
        out.println(HEADER);
        StringBuilder line = new StringBuilder(160);
        for (LostAgent agent : r.lostAgents()) {
            for (LostPath path : agent.paths()) {
                line.setLength(0);
                field(line, agent.agentId()).append(',');
                field(line, path.purpose()).append(',');
                field(line, path.before()).append(',');
                field(line, path.cause() == null ? "" : path.cause().id()).append(',');
                field(line, path.reason());
                out.println(line);
            }
        }
    }

    private static StringBuilder field(StringBuilder b, String value) {
        String v = value == null ? "" : value;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0) {
            return b.append(v);
        }
        return b.append('"').append(v.replace("\"", "\"\"")).append('"');
    }
}
