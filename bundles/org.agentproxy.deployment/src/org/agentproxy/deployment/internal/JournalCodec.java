package org.agentproxy.deployment.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.agentproxy.deployment.DeploymentPlan;
import org.agentproxy.deployment.DeploymentResult;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.TargetPlan;
import org.agentproxy.deployment.TargetResult;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.policy.codec.PolicyCodec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The journal's JSON format {@code agentproxy-deployment/1}. */
public final class JournalCodec {

    static final String FORMAT = "agentproxy-deployment/1";
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JournalCodec() {
    }

    public static byte[] encode(DeploymentPlan plan, DeploymentResult result) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("id", result.id());
        doc.put("kind", result.kind());
        if (result.rollbackOf() != null) {
            doc.put("rollbackOf", result.rollbackOf());
        }
        doc.put("user", System.getProperty("user.name"));
        doc.put("started", result.started().toString());
        doc.put("finished", result.finished().toString());
        doc.put("status", result.status().name());
        if (result.policyName() != null) {
            doc.put("policyName", result.policyName());
        }
        if (plan != null) {
            byte[] policy = PolicyCodec.write(plan.policy()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            doc.put("policySha256", HexFormat.of().formatHex(Digests.sha256(policy)));
        }
        ArrayNode targets = doc.putArray("targets");
        for (TargetResult r : result.results()) {
            ObjectNode t = targets.addObject();
            t.put("server", r.target().server().toString());
            t.put("group", r.target().group());
            t.put("outcome", r.outcome().name());
            t.put("fromVersion", r.fromVersion());
            t.put("toVersion", r.toVersion());
            t.put("attempts", r.attempts());
            if (r.message() != null) {
                t.put("message", r.message());
            }
            if (r.failureKind() != null) {
                t.put("failureKind", r.failureKind().name());
            }
            TargetPlan p = plan == null ? null : planFor(plan, r.target());
            if (p != null) {
                ArrayNode changes = t.putArray("changes");
                p.changes().forEach(c -> changes.add(c.toString()));
                if (!p.secrets().isEmpty()) { // field and state only, never a value
                    ArrayNode secrets = t.putArray("secrets");
                    p.secrets().forEach(c -> secrets.add(c.toString()));
                }
            }
        }
        ArrayNode warnings = doc.putArray("warnings");
        result.warnings().forEach(warnings::add);
        try {
            return MAPPER.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DeploymentResult decode(byte[] content) throws IOException {
        JsonNode doc = MAPPER.readTree(content);
        if (doc == null || !FORMAT.equals(doc.path("format").asText())) {
            throw new IOException("not a deployment record (format " + FORMAT + ")");
        }
        List<TargetResult> results = new ArrayList<>();
        for (JsonNode t : doc.path("targets")) {
            DeploymentTarget target = new DeploymentTarget(URI.create(t.path("server").asText()),
                    t.path("group").asText());
            results.add(new TargetResult(target, TargetResult.Outcome.valueOf(t.path("outcome").asText()),
                    t.path("fromVersion").asLong(), t.path("toVersion").asLong(), t.path("attempts").asInt(),
                    t.hasNonNull("message") ? t.get("message").asText() : null,
                    t.hasNonNull("failureKind") ? TransportException.Kind.valueOf(t.get("failureKind").asText())
                            : null));
        }
        List<String> warnings = new ArrayList<>();
        doc.path("warnings").forEach(w -> warnings.add(w.asText()));
        try {
            return new DeploymentResult(doc.path("id").asText(), doc.path("kind").asText(),
                    doc.hasNonNull("rollbackOf") ? doc.get("rollbackOf").asText() : null,
                    doc.hasNonNull("policyName") ? doc.get("policyName").asText() : null,
                    Instant.parse(doc.path("started").asText()), Instant.parse(doc.path("finished").asText()),
                    DeploymentResult.Status.valueOf(doc.path("status").asText()), results, warnings);
        } catch (RuntimeException e) {
            throw new IOException("damaged deployment record: " + e.getMessage(), e);
        }
    }

    private static TargetPlan planFor(DeploymentPlan plan, DeploymentTarget target) {
        return plan.targets().stream().filter(p -> p.target().equals(target)).findFirst().orElse(null);
    }
}
