package org.agentproxy.simulation.status;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.net.IpAddresses;
import org.agentproxy.simulation.Identified;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.scenario.AgentFamily;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@value AgentStatusReport#FORMAT}. Reading is strict about what it uses and checks every limit of
 * {@link StatusLimits}; a report it refuses is answered with the field and the reason, never half-read. Members it
 * does not know are ignored (a later agent may send more). Thread-safe.
 */
public final class AgentStatusCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build()).build());

    private AgentStatusCodec() {
    }

    /** Reads a report within the default limits. */
    public static AgentStatusReport read(byte[] json) throws StatusFormatException {
        return read(json, StatusLimits.DEFAULT);
    }

    /** Reads a report within {@code limits}. */
    public static AgentStatusReport read(byte[] json, StatusLimits limits) throws StatusFormatException {
        if (json.length > limits.maxBodyBytes()) {
            throw new StatusFormatException("", "the report has " + json.length + " bytes; at most "
                    + limits.maxBodyBytes() + " are accepted");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StatusFormatException("", "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new StatusFormatException("", "not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new StatusFormatException("", "must be a JSON object");
        }
        Fields f = new Fields(limits);
        String format = f.text(root, "format", "format", 64, true);
        if (!AgentStatusReport.FORMAT.equals(format)) {
            throw new StatusFormatException("format", "must be \"" + AgentStatusReport.FORMAT + "\", not \""
                    + format + "\"");
        }
        String agent = f.text(root, "agent", "agent", limits.maxIdLength(), true);
        long version = f.number(root, "version", "version");
        String etag = f.text(root, "etag", "etag", limits.maxIdLength(), false);
        String time = f.text(root, "time", "time", 64, true);
        Instant at;
        try {
            at = Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new StatusFormatException("time", "\"" + time + "\" is not an ISO-8601 instant such as "
                    + "2026-12-05T10:15:30Z");
        }
        ReportedFacts facts = facts(f, root.get("facts"));
        return new AgentStatusReport(agent, version, etag, at, facts, purposes(f, root.get("purposes")));
    }

    private static ReportedFacts facts(Fields f, JsonNode node) throws StatusFormatException {
        if (node == null || !node.isObject()) {
            throw new StatusFormatException("facts", "required: an object with at least \"ip\"");
        }
        String ip = f.text(node, "ip", "facts.ip", 64, true);
        if (IpAddresses.parse(ip).isEmpty()) {
            throw new StatusFormatException("facts.ip", "\"" + ip + "\" is not an IPv4 or IPv6 address");
        }
        Gateway gateway = null;
        JsonNode g = node.get("gateway");
        if (g != null && !g.isNull()) {
            if (!g.isObject()) {
                throw new StatusFormatException("facts.gateway", "must be an object with \"ip\" and optionally "
                        + "\"mac\"");
            }
            String gip = f.text(g, "ip", "facts.gateway.ip", 64, true);
            if (IpAddresses.parse(gip).isEmpty()) {
                throw new StatusFormatException("facts.gateway.ip", "\"" + gip + "\" is not an IPv4 or IPv6 "
                        + "address");
            }
            gateway = new Gateway(gip, f.text(g, "mac", "facts.gateway.mac", 32, false));
        }
        String domain = f.text(node, "domain", "facts.domain", f.limits.maxTextLength(), false);
        String familyId = f.text(node, "family", "facts.family", 16, false);
        AgentFamily family = null;
        if (familyId != null) {
            family = Identified.byId(AgentFamily.class, familyId).orElseThrow(() -> new StatusFormatException(
                    "facts.family", "\"" + familyId + "\" is none of " + Identified.ids(AgentFamily.class)));
        }
        JsonNode auto = node.get("autoProxyDetected");
        if (auto != null && !auto.isNull() && !auto.isBoolean()) {
            throw new StatusFormatException("facts.autoProxyDetected", "must be true or false");
        }
        try {
            ReportedFacts facts = new ReportedFacts(ip, gateway, domain, family, auto != null && auto.asBoolean());
            facts.toAgentFacts(null); // the family must fit the address
            return facts;
        } catch (IllegalArgumentException e) {
            throw new StatusFormatException("facts.family", e.getMessage());
        }
    }

    private static List<ObservedPath> purposes(Fields f, JsonNode node) throws StatusFormatException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new StatusFormatException("purposes", "must be an array");
        }
        if (node.size() > f.limits.maxPurposes()) {
            throw new StatusFormatException("purposes", "has " + node.size() + " entries; at most "
                    + f.limits.maxPurposes() + " are accepted");
        }
        List<ObservedPath> paths = new ArrayList<>(node.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "purposes[" + i + "]";
            JsonNode p = node.get(i);
            if (!p.isObject()) {
                throw new StatusFormatException(at, "must be an object");
            }
            String purpose = f.text(p, "purpose", at + ".purpose", 64, true);
            if (!seen.add(purpose)) {
                throw new StatusFormatException(at + ".purpose", "\"" + purpose + "\" is reported twice");
            }
            String viaId = f.text(p, "via", at + ".via", 32, true);
            Route via = Identified.byId(Route.class, viaId).orElseThrow(() -> new StatusFormatException(
                    at + ".via", "\"" + viaId + "\" is none of " + Identified.ids(Route.class)));
            String proxy = f.text(p, "proxy", at + ".proxy", f.limits.maxTextLength(), false);
            String target = f.text(p, "target", at + ".target", f.limits.maxTextLength(), true);
            String outcomeId = f.text(p, "outcome", at + ".outcome", 16, true);
            Outcome outcome = Identified.byId(Outcome.class, outcomeId).filter(o -> o != Outcome.NOT_TRIED)
                    .orElseThrow(() -> new StatusFormatException(at + ".outcome", "\"" + outcomeId
                            + "\" is neither \"ok\" nor \"failed\""));
            String error = f.text(p, "error", at + ".error", f.limits.maxTextLength(), false);
            if (outcome == Outcome.OK && error != null) {
                throw new StatusFormatException(at + ".error", "an attempt that is \"ok\" has no error");
            }
            paths.add(new ObservedPath(purpose, via, proxy, target, outcome, error));
        }
        return paths;
    }

    /** The report as {@value AgentStatusReport#FORMAT} JSON (what an agent sends). */
    public static ObjectNode toJson(AgentStatusReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", AgentStatusReport.FORMAT);
        root.put("agent", report.agent());
        root.put("version", report.version());
        if (report.etag() != null) {
            root.put("etag", report.etag());
        }
        root.put("time", report.time().toString());
        ObjectNode facts = root.putObject("facts");
        ReportedFacts rf = report.facts();
        facts.put("ip", rf.ip());
        if (rf.gateway() != null) {
            ObjectNode g = facts.putObject("gateway");
            g.put("ip", rf.gateway().ip());
            if (rf.gateway().mac() != null) {
                g.put("mac", rf.gateway().mac());
            }
        }
        if (!rf.domain().isEmpty()) {
            facts.put("domain", rf.domain());
        }
        if (rf.family() != null) {
            facts.put("family", rf.family().id());
        }
        facts.put("autoProxyDetected", rf.autoProxyDetected());
        ArrayNode purposes = root.putArray("purposes");
        for (ObservedPath p : report.purposes()) {
            purposes.add(toJson(p));
        }
        return root;
    }

    /** One observed path as a JSON object (the report's and the admin API's form). */
    public static ObjectNode toJson(ObservedPath p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("purpose", p.purpose());
        node.put("via", p.via().id());
        if (p.proxy() != null) {
            node.put("proxy", p.proxy());
        }
        node.put("target", p.target());
        node.put("outcome", p.outcome().id());
        if (p.error() != null) {
            node.put("error", p.error());
        }
        return node;
    }

    /** {@link #toJson(AgentStatusReport)} as UTF-8 bytes, written straight (no tree). */
    public static byte[] write(AgentStatusReport report) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1024);
        try (JsonGenerator out = MAPPER.getFactory().createGenerator(bytes)) {
            write(report, out);
        } catch (IOException e) {
            throw new IllegalStateException(e); // into memory: cannot happen
        }
        return bytes.toByteArray();
    }

    /**
     * Writes the report as {@link #toJson(AgentStatusReport)} has it, member for member, with a streaming generator
     * (the server's snapshots and database rows: no tree per agent).
     */
    public static void write(AgentStatusReport report, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("format", AgentStatusReport.FORMAT);
        out.writeStringField("agent", report.agent());
        out.writeNumberField("version", report.version());
        if (report.etag() != null) {
            out.writeStringField("etag", report.etag());
        }
        out.writeStringField("time", report.time().toString());
        out.writeObjectFieldStart("facts");
        ReportedFacts rf = report.facts();
        out.writeStringField("ip", rf.ip());
        if (rf.gateway() != null) {
            out.writeObjectFieldStart("gateway");
            out.writeStringField("ip", rf.gateway().ip());
            if (rf.gateway().mac() != null) {
                out.writeStringField("mac", rf.gateway().mac());
            }
            out.writeEndObject();
        }
        if (!rf.domain().isEmpty()) {
            out.writeStringField("domain", rf.domain());
        }
        if (rf.family() != null) {
            out.writeStringField("family", rf.family().id());
        }
        out.writeBooleanField("autoProxyDetected", rf.autoProxyDetected());
        out.writeEndObject();
        out.writeArrayFieldStart("purposes");
        for (ObservedPath p : report.purposes()) {
            out.writeStartObject();
            out.writeStringField("purpose", p.purpose());
            out.writeStringField("via", p.via().id());
            if (p.proxy() != null) {
                out.writeStringField("proxy", p.proxy());
            }
            out.writeStringField("target", p.target());
            out.writeStringField("outcome", p.outcome().id());
            if (p.error() != null) {
                out.writeStringField("error", p.error());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** Reads members with the field's path in every complaint. */
    private record Fields(StatusLimits limits) {

        String text(JsonNode node, String name, String path, int max, boolean required)
                throws StatusFormatException {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                if (required) {
                    throw new StatusFormatException(path, "required");
                }
                return null;
            }
            if (!value.isTextual()) {
                throw new StatusFormatException(path, "must be a string");
            }
            String text = value.asText();
            if (required && text.isBlank()) {
                throw new StatusFormatException(path, "must not be empty");
            }
            if (text.length() > max) {
                throw new StatusFormatException(path, "has " + text.length() + " characters; at most " + max
                        + " are accepted");
            }
            for (int i = 0; i < text.length(); i++) {
                if (Character.isISOControl(text.charAt(i))) {
                    throw new StatusFormatException(path, "must not contain control characters");
                }
            }
            return text.isBlank() ? null : text.strip();
        }

        long number(JsonNode node, String name, String path) throws StatusFormatException {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                throw new StatusFormatException(path, "required");
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
                throw new StatusFormatException(path, "must be a whole number >= 0");
            }
            return value.asLong();
        }
    }
}
