package org.agentproxy.simulation.internal.codec;

import java.io.IOException;

import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.LocationReport;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Route;
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

    /** Version 2, or version 1 (no {@code routedBy}, no {@code warnings}, the automatic proxy's placeholder). */
    public static void simulation(JsonGenerator g, int version, SimulationReport r) throws IOException {
        boolean v1 = version == 1;
        g.writeStartObject();
        g.writeStringField("format", v1 ? "agentproxy-simulation/1" : "agentproxy-simulation/2");
        g.writeStringField("policy", r.policyName());
        optional(g, "scenario", r.scenario().name());
        AgentFacts a = r.scenario().agent();
        g.writeObjectFieldStart("agent");
        optional(g, "id", a.id());
        g.writeStringField("ip", a.ip());
        g.writeStringField("addressFamily", a.family().id());
        g.writeEndObject();
        parameters(g, r.scenario().parameters());
        location(g, r.location(), v1);
        g.writeArrayFieldStart("purposes");
        for (PurposeReport p : r.purposes()) {
            purpose(g, p, v1);
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
        if (!v1 && !r.warnings().isEmpty()) {
            g.writeArrayFieldStart("warnings");
            for (String w : r.warnings()) {
                g.writeString(w);
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

    private static void location(JsonGenerator g, LocationReport l, boolean v1) throws IOException {
        g.writeObjectFieldStart("location");
        g.writeArrayFieldStart("attempts");
        for (Attempt a : l.attempts()) {
            attempt(g, a, v1);
        }
        g.writeEndArray();
        g.writeStringField("result", l.location().id());
        g.writeStringField("rule", l.rule().id());
        g.writeStringField("explanation", l.explanation());
        g.writeEndObject();
    }

    private static void purpose(JsonGenerator g, PurposeReport p, boolean v1) throws IOException {
        g.writeStartObject();
        g.writeStringField("purpose", p.purpose());
        g.writeArrayFieldStart("attempts");
        for (Attempt a : p.attempts()) {
            attempt(g, a, v1);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("result");
        g.writeStringField("outcome", p.outcome().id());
        Attempt ok = p.success().orElse(null);
        if (ok != null) {
            g.writeStringField("target", ok.target());
            g.writeStringField("via", ok.via().id());
            optional(g, "proxy", proxy(ok, v1));
        } else {
            optional(g, "cause", p.cause() == null ? null : p.cause().id());
            optional(g, "reason", p.reason());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void attempt(JsonGenerator g, Attempt a, boolean v1) throws IOException {
        g.writeStartObject();
        g.writeStringField("target", a.target());
        g.writeStringField("via", a.via().id());
        optional(g, "proxy", proxy(a, v1));
        g.writeStringField("outcome", a.outcome().id());
        optional(g, "cause", a.cause() == null ? null : a.cause().id());
        optional(g, "reason", a.reason());
        g.writeStringField("rule", a.rule().id());
        if (!v1) {
            optional(g, "routedBy", a.routedBy() == null ? null : a.routedBy().id());
        }
        g.writeStringField("explanation", a.explanation());
        g.writeEndObject();
    }

    /** Version 1 named an automatic proxy without address {@code automatic}; version 2 leaves the member out. */
    private static String proxy(Attempt a, boolean v1) {
        return v1 && a.proxy() == null && a.via() == Route.AUTOMATIC ? "automatic" : a.proxy();
    }

    private static void optional(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }
}
