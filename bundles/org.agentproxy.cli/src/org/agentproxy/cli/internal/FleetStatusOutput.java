package org.agentproxy.cli.internal;

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

    public static void text(FleetStatus s, String title, List<FleetAgent> agents, PrintStream out) {
        out.println("group " + s.group() + ": version " + s.currentVersion() + " is current; " + s.agents()
                + " agents (not seen after " + s.notSeenAfterSeconds() + " s)");
        StringJoiner versions = new StringJoiner(", ");
        new java.util.TreeMap<>(s.versions()).descendingMap().forEach((v, n) -> versions.add((v == 0 ? "none"
                : "version " + v) + ": " + n));
        out.println("  versions: " + (s.versions().isEmpty() ? "none" : versions));
        StringJoiner states = new StringJoiner(", ");
        FleetStatus.STATES.forEach(state -> states.add(state + " " + s.count(state)));
        out.println("  states:   " + states);
        out.println();
        out.println(title + ": " + agents.size());
        for (FleetAgent a : agents) {
            out.println("  " + a.id() + "  version " + a.version() + "  " + String.join(", ", a.states())
                    + (a.lastSeen() == null ? "" : "  last seen " + a.lastSeen()));
            if (a.report() != null) {
                for (ObservedPath p : a.report().purposes()) {
                    if (!p.ok() && a.mismatches().stream().noneMatch(m -> m.purpose().equals(p.purpose()))) {
                        out.println("    " + p.purpose() + ": failed " + p.path() + (p.error() == null ? ""
                                : ": " + p.error()));
                    }
                }
            }
            for (PurposeMismatch m : a.mismatches()) {
                out.println("    " + m.purpose() + " [" + m.rule().id() + "]: " + m.reason());
                out.println("      predicted: " + m.predictedPath() + " " + m.predictedOutcome().id());
                out.println("      observed:  " + m.observed().path() + " " + m.observed().outcome().id()
                        + (m.observed().error() == null ? "" : " (" + m.observed().error() + ")"));
            }
        }
    }

    public static void json(FleetStatus s, String state, List<FleetAgent> agents, PrintStream out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("group", s.group());
            g.writeNumberField("currentVersion", s.currentVersion());
            g.writeObjectFieldStart("summary");
            g.writeNumberField("agents", s.agents());
            g.writeObjectFieldStart("versions");
            for (Map.Entry<Long, Integer> e : s.versions().entrySet()) {
                g.writeNumberField(Long.toString(e.getKey()), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("states");
            for (String st : FleetStatus.STATES) {
                g.writeNumberField(st, s.count(st));
            }
            g.writeEndObject();
            g.writeEndObject();
            if (state != null) {
                g.writeStringField("state", state);
            }
            g.writeArrayFieldStart("agents");
            for (FleetAgent a : agents) {
                g.writeStartObject();
                g.writeStringField("agent", a.id());
                g.writeNumberField("version", a.version());
                g.writeArrayFieldStart("states");
                for (String st : a.states()) {
                    g.writeString(st);
                }
                g.writeEndArray();
                if (a.lastSeen() != null) {
                    g.writeStringField("lastSeen", a.lastSeen().toString());
                }
                g.writeArrayFieldStart("mismatches");
                for (PurposeMismatch m : a.mismatches()) {
                    g.writeStartObject();
                    g.writeStringField("purpose", m.purpose());
                    g.writeStringField("rule", m.rule().id());
                    g.writeStringField("predicted", m.predictedPath());
                    g.writeStringField("predictedOutcome", m.predictedOutcome().id());
                    g.writeStringField("observed", m.observed().path());
                    g.writeStringField("observedOutcome", m.observed().outcome().id());
                    g.writeStringField("reason", m.reason());
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
        out.println("agent,version,states,lastSeen,purpose,rule,predicted,observed,reason");
        for (FleetAgent a : agents) {
            String head = field(a.id()) + "," + a.version() + "," + field(String.join(" ", a.states())) + ","
                    + (a.lastSeen() == null ? "" : a.lastSeen());
            if (a.mismatches().isEmpty()) {
                out.println(head + ",,,,,");
            }
            for (PurposeMismatch m : a.mismatches()) {
                out.println(head + "," + field(m.purpose()) + "," + m.rule().id() + ","
                        + field(m.predictedPath() + " " + m.predictedOutcome().id()) + ","
                        + field(m.observed().path() + " " + m.observed().outcome().id()) + "," + field(m.reason()));
            }
        }
    }

    /** RFC 4180 quoting; a leading formula character is neutralised for spreadsheets. */
    private static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains(" ")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
