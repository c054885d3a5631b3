package org.agentproxy.cli.internal;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.agentproxy.deployment.fleet.FleetAgent;
import org.agentproxy.deployment.fleet.FleetStatus;
import org.agentproxy.simulation.status.ObservedPath;
import org.agentproxy.simulation.status.PurposeMismatch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** {@code agentproxy status} output: text for people, JSON and CSV for scripts. */
public final class FleetStatusOutput {

    private FleetStatusOutput() {
    }

    /** The status as text: the summary, then the listed agents (the texts are in messages.properties). */
    public static void text(FleetStatus s, String title, List<FleetAgent> agents, PrintStream out) {
        out.println(NLS.bind(Messages.FleetStatusOutput_group0Version1, new Object[] { s.group(), s.currentVersion(),
                s.agents(), s.notSeenAfterSeconds() }));
        StringJoiner versions = new StringJoiner(Messages.FleetStatusOutput_listSeparator);
        new java.util.TreeMap<>(s.versions()).descendingMap().forEach((v, n) -> versions.add(NLS.bind(
                Messages.FleetStatusOutput_0Agents1, v == 0 ? Messages.FleetStatusOutput_none
                        : NLS.bind(Messages.FleetStatusOutput_version0, v), n)));
        out.println(NLS.bind(Messages.FleetStatusOutput_versions0, s.versions().isEmpty()
                ? Messages.FleetStatusOutput_none : versions));
        StringJoiner states = new StringJoiner(Messages.FleetStatusOutput_listSeparator);
        FleetStatus.STATES.forEach(state -> states.add(NLS.bind(Messages.FleetStatusOutput_state0Count1, state,
                s.count(state))));
        out.println(NLS.bind(Messages.FleetStatusOutput_states0, states));
        out.println();
        out.println(NLS.bind(Messages.FleetStatusOutput_0Count1, title, agents.size()));
        for (FleetAgent a : agents) {
            String line = NLS.bind(Messages.FleetStatusOutput_agent0Version1States2, new Object[] { a.id(), a.version(),
                    String.join(Messages.FleetStatusOutput_listSeparator, a.states()) });
            out.println(a.lastSeen() == null ? line : NLS.bind(Messages.FleetStatusOutput_0LastSeen1, line, a.lastSeen()));
            if (a.report() != null) {
                for (ObservedPath p : a.report().purposes()) {
                    if (!p.ok() && a.mismatches().stream().noneMatch(m -> m.purpose().equals(p.purpose()))) {
                        String failed = NLS.bind(Messages.FleetStatusOutput_0Failed1, p.purpose(), p.path());
                        out.println(p.error() == null ? failed
                                : NLS.bind(Messages.FleetStatusOutput_0Error1, failed, p.error()));
                    }
                }
            }
            for (PurposeMismatch m : a.mismatches()) {
                out.println(NLS.bind(Messages.FleetStatusOutput_0Rule1Reason2, new Object[] { m.purpose(), m.rules(),
                        m.reason() }));
                out.println(NLS.bind(Messages.FleetStatusOutput_predicted01, m.predictedPath(),
                        m.predictedOutcome().id()));
                String observed = NLS.bind(Messages.FleetStatusOutput_observed01, m.observed().path(),
                        m.observed().outcome().id());
                out.println(m.observed().error() == null ? observed
                        : NLS.bind(Messages.FleetStatusOutput_0Because1, observed, m.observed().error()));
            }
        }
    }

    public static void json(FleetStatus s, String state, List<FleetAgent> agents, PrintStream out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("group", s.group()); //$NON-NLS-1$
            g.writeNumberField("currentVersion", s.currentVersion()); //$NON-NLS-1$
            g.writeObjectFieldStart("summary"); //$NON-NLS-1$
            g.writeNumberField("agents", s.agents()); //$NON-NLS-1$
            g.writeObjectFieldStart("versions"); //$NON-NLS-1$
            for (Map.Entry<Long, Integer> e : s.versions().entrySet()) {
                g.writeNumberField(Long.toString(e.getKey()), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("states"); //$NON-NLS-1$
            for (String st : FleetStatus.STATES) {
                g.writeNumberField(st, s.count(st));
            }
            g.writeEndObject();
            g.writeEndObject();
            if (state != null) {
                g.writeStringField("state", state); //$NON-NLS-1$
            }
            g.writeArrayFieldStart("agents"); //$NON-NLS-1$
            for (FleetAgent a : agents) {
                g.writeStartObject();
                g.writeStringField("agent", a.id()); //$NON-NLS-1$
                g.writeNumberField("version", a.version()); //$NON-NLS-1$
                g.writeArrayFieldStart("states"); //$NON-NLS-1$
                for (String st : a.states()) {
                    g.writeString(st);
                }
                g.writeEndArray();
                if (a.lastSeen() != null) {
                    g.writeStringField("lastSeen", a.lastSeen().toString()); //$NON-NLS-1$
                }
                g.writeArrayFieldStart("mismatches"); //$NON-NLS-1$
                for (PurposeMismatch m : a.mismatches()) {
                    g.writeStartObject();
                    g.writeStringField("purpose", m.purpose()); //$NON-NLS-1$
                    g.writeStringField("rule", m.rule().id()); //$NON-NLS-1$
                    g.writeStringField("predicted", m.predictedPath()); //$NON-NLS-1$
                    g.writeStringField("predictedOutcome", m.predictedOutcome().id()); //$NON-NLS-1$
                    g.writeStringField("observed", m.observed().path()); //$NON-NLS-1$
                    g.writeStringField("observedOutcome", m.observed().outcome().id()); //$NON-NLS-1$
                    g.writeStringField("reason", m.reason()); //$NON-NLS-1$
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    /** One row per agent and mismatched purpose (an agent without mismatch: one row with those columns empty). */
    public static void csv(List<FleetAgent> agents, PrintStream out) {
        out.println("agent,version,states,lastSeen,purpose,rule,predicted,observed,reason"); //$NON-NLS-1$
        for (FleetAgent a : agents) {
            String head = field(a.id()) + "," + a.version() + "," + field(String.join(" ", a.states())) + "," //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + (a.lastSeen() == null ? "" : a.lastSeen()); //$NON-NLS-1$
            if (a.mismatches().isEmpty()) {
                out.println(head + ",,,,,"); //$NON-NLS-1$
            }
            for (PurposeMismatch m : a.mismatches()) {
                out.println(head + "," + field(m.purpose()) + "," + m.rule().id() + "," //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + field(m.predictedPath() + " " + m.predictedOutcome().id()) + "," //$NON-NLS-1$ //$NON-NLS-2$
                        + field(m.observed().path() + " " + m.observed().outcome().id()) + "," + field(m.reason())); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    /** RFC 4180 quoting; a leading formula character is neutralised for spreadsheets. */
    private static String field(String value) {
        String v = value == null ? "" : value; //$NON-NLS-1$
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) { //$NON-NLS-1$
            v = "'" + v; //$NON-NLS-1$
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains(" ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
