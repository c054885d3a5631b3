package org.agentproxy.simulation.internal.codec;

import java.io.IOException;

import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.LocationReport;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.SkippedFeature;
import org.agentproxy.simulation.impact.ImpactReport;
import org.agentproxy.simulation.impact.LostAgent;
import org.agentproxy.simulation.impact.LostPath;
import org.agentproxy.simulation.impact.PurposeImpact;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.SimulationParameters;

import com.fasterxml.jackson.core.JsonGenerator;

/** Streams reports as JSON in the documented member order ({@code docs/simulation.md}); absent values are left out. */
public final class ReportWriter {

    private ReportWriter() {
    }

    public static void simulation(JsonGenerator g, String format, SimulationReport r) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", format);
        g.writeStringField("policy", r.policyName());
        optional(g, "scenario", r.scenario().name());
        AgentFacts a = r.scenario().agent();
        g.writeObjectFieldStart("agent");
        optional(g, "id", a.id());
        g.writeStringField("ip", a.ip());
        g.writeStringField("addressFamily", a.family().id());
        g.writeEndObject();
        parameters(g, r.scenario().parameters());
        location(g, r.location());
        g.writeArrayFieldStart("purposes");
        for (PurposeReport p : r.purposes()) {
            purpose(g, p);
        }
        g.writeEndArray();
        if (!r.skipped().isEmpty()) {
            g.writeArrayFieldStart("notSimulated");
            for (SkippedFeature f : r.skipped()) {
                g.writeStartObject();
                g.writeStringField("feature", f.id());
                g.writeStringField("reason", f.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    public static void impact(JsonGenerator g, String format, ImpactReport r) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", format);
        g.writeStringField("from", r.fromPolicy());
        g.writeStringField("to", r.toPolicy());
        g.writeNumberField("agents", r.agents());
        g.writeArrayFieldStart("purposes");
        for (PurposeImpact p : r.purposes()) {
            g.writeStartObject();
            g.writeStringField("purpose", p.purpose());
            g.writeNumberField("kept", p.kept());
            g.writeNumberField("changed", p.changed());
            g.writeNumberField("gained", p.gained());
            g.writeNumberField("lost", p.lost());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("lost");
        for (LostAgent agent : r.lostAgents()) {
            for (LostPath path : agent.paths()) {
                g.writeStartObject();
                g.writeStringField("agent", agent.agentId());
                g.writeStringField("purpose", path.purpose());
                g.writeStringField("before", path.before());
                optional(g, "cause", path.cause() == null ? null : path.cause().id());
                optional(g, "reason", path.reason());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void parameters(JsonGenerator g, SimulationParameters p) throws IOException {
        g.writeObjectFieldStart("parameters");
        g.writeBooleanField("locationProbeUsesInternalProxy", p.locationProbeUsesInternalProxy());
        g.writeStringField("whenEverySpsFails", p.whenEverySpsFails().id());
        g.writeStringField("integratedSpsAvailable", p.integratedSpsAvailable().id());
        g.writeArrayFieldStart("directFallbackPurposes");
        for (String purpose : p.directFallbackPurposes()) {
            g.writeString(purpose);
        }
        g.writeEndArray();
        g.writeStringField("ownIntegratedSpsProxy", p.ownIntegratedSpsProxy().id());
        g.writeStringField("externalAgentsToServer", p.externalAgentsToServer().id());
        g.writeStringField("internalAgentsToSpn", p.internalAgentsToSpn().id());
        g.writeStringField("featuresWithoutGlobalProxy", p.featuresWithoutGlobalProxy().id());
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, LocationReport l) throws IOException {
        g.writeObjectFieldStart("location");
        g.writeArrayFieldStart("attempts");
        for (Attempt a : l.attempts()) {
            attempt(g, a);
        }
        g.writeEndArray();
        g.writeStringField("result", l.location().id());
        g.writeStringField("rule", l.rule().id());
        g.writeStringField("explanation", l.explanation());
        g.writeEndObject();
    }

    private static void purpose(JsonGenerator g, PurposeReport p) throws IOException {
        g.writeStartObject();
        g.writeStringField("purpose", p.purpose());
        g.writeArrayFieldStart("attempts");
        for (Attempt a : p.attempts()) {
            attempt(g, a);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("result");
        g.writeStringField("outcome", p.outcome().id());
        Attempt ok = p.success().orElse(null);
        if (ok != null) {
            g.writeStringField("target", ok.target());
            g.writeStringField("via", ok.via().id());
            optional(g, "proxy", ok.proxy());
        } else {
            optional(g, "cause", p.cause() == null ? null : p.cause().id());
            optional(g, "reason", p.reason());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void attempt(JsonGenerator g, Attempt a) throws IOException {
        g.writeStartObject();
        g.writeStringField("target", a.target());
        g.writeStringField("via", a.via().id());
        optional(g, "proxy", a.proxy());
        g.writeStringField("outcome", a.outcome().id());
        optional(g, "cause", a.cause() == null ? null : a.cause().id());
        optional(g, "reason", a.reason());
        g.writeStringField("rule", a.rule().id());
        g.writeStringField("explanation", a.explanation());
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
