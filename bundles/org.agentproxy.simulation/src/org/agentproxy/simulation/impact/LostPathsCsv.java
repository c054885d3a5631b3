package org.agentproxy.simulation.impact;

/**
 * The lost paths of an impact report as CSV (RFC 4180 quoting), one row per agent and purpose, with the header
 * {@value #HEADER}. {@code agentproxy impact --format csv} and the Fleet Impact view's export write it.
 */
public final class LostPathsCsv {

    public static final String HEADER = "agent_id,purpose,before,cause,reason";

    private LostPathsCsv() {
    }

    /**
     * @param report        the impact report
     * @param lineSeparator {@code "\r\n"} for RFC 4180 files, or the platform's for a terminal
     */
    public static String write(ImpactReport report, String lineSeparator) {
        StringBuilder out = new StringBuilder(HEADER).append(lineSeparator);
        for (LostAgent agent : report.lostAgents()) {
            for (LostPath path : agent.paths()) {
                field(out, agent.agentId()).append(',');
                field(out, path.purpose()).append(',');
                field(out, path.before()).append(',');
                field(out, path.cause() == null ? "" : path.cause().id()).append(',');
                field(out, path.reason()).append(lineSeparator);
            }
        }
        return out.toString();
    }

    static StringBuilder field(StringBuilder b, String value) {
        String v = value == null ? "" : value;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return b.append(v);
        }
        return b.append('"').append(v.replace("\"", "\"\"")).append('"');
    }
}
