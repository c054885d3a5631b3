package org.agentproxy.simulation.ui.internal;

import org.agentproxy.simulation.impact.ImpactReport;
import org.agentproxy.simulation.impact.LostAgent;
import org.agentproxy.simulation.impact.LostPath;

/** The lost paths of an impact report as CSV (RFC 4180), as {@code agentproxy impact --format csv} writes them. */
final class LostPathsCsv {

    static final String HEADER = "agent_id,purpose,before,cause,reason";

    private LostPathsCsv() {
    }

    static String write(ImpactReport report) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (LostAgent agent : report.lostAgents()) {
            for (LostPath path : agent.paths()) {
                field(out, agent.agentId()).append(',');
                field(out, path.purpose()).append(',');
                field(out, path.before()).append(',');
                field(out, path.cause() == null ? "" : path.cause().id()).append(',');
                field(out, path.reason()).append("\r\n");
            }
        }
        return out.toString();
    }

    private static StringBuilder field(StringBuilder b, String value) {
        String v = value == null ? "" : value;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return b.append(v);
        }
        return b.append('"').append(v.replace("\"", "\"\"")).append('"');
    }
}
