package org.agentproxy.simulation.impact;

import java.util.List;

/**
 * Agents of an impact report as CSV (RFC 4180 quoting), one row per agent and purpose, with the header
 * {@value #HEADER}: what the Fleet Impact view exports for a bar or a row.
 */
public final class AgentChangesCsv {

    public static final String HEADER = "agent_id,purpose,change,before,after,cause,reason";

    private AgentChangesCsv() {
    }

    /**
     * @param agents        the rows
     * @param lineSeparator {@code "\r\n"} for RFC 4180 files
     */
    public static String write(List<AgentChange> agents, String lineSeparator) {
        StringBuilder out = new StringBuilder(HEADER).append(lineSeparator);
        for (AgentChange a : agents) {
            LostPathsCsv.field(out, a.agentId()).append(',');
            LostPathsCsv.field(out, a.purpose()).append(',');
            LostPathsCsv.field(out, a.change().id()).append(',');
            LostPathsCsv.field(out, a.before()).append(',');
            LostPathsCsv.field(out, a.after()).append(',');
            LostPathsCsv.field(out, a.cause() == null ? "" : a.cause().id()).append(',');
            LostPathsCsv.field(out, a.reason()).append(lineSeparator);
        }
        return out.toString();
    }
}
