package org.agentproxy.deployment.internal.http;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.deployment.TransportException.Kind;
import org.agentproxy.deployment.fleet.FleetAgent;
import org.agentproxy.deployment.fleet.FleetStatus;
import org.agentproxy.deployment.fleet.FleetStatusClient;
import org.agentproxy.simulation.Identified;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.Rule;
import org.agentproxy.simulation.status.AgentStatusCodec;
import org.agentproxy.simulation.status.AgentStatusReport;
import org.agentproxy.simulation.status.ObservedPath;
import org.agentproxy.simulation.status.PurposeMismatch;
import org.agentproxy.simulation.status.StatusFormatException;
import org.eclipse.core.runtime.IProgressMonitor;

import com.fasterxml.jackson.databind.JsonNode;

/** {@link FleetStatusClient} over {@code GET /v1/admin/groups/GROUP/agents} (docs/fleet-status.md). */
public final class HttpFleetStatus implements FleetStatusClient {

    private final ServerCalls calls = new ServerCalls();

    @Override
    public FleetStatus page(URI server, AccessToken adminToken, String group, String state, String after, int limit,
            IProgressMonitor monitor) throws TransportException {
        DeploymentTarget target = new DeploymentTarget(server, group);
        StringBuilder query = new StringBuilder("agents?limit=").append(limit);
        if (state != null) {
            query.append("&state=").append(encode(state));
        }
        if (after != null) {
            query.append("&after=").append(encode(after));
        }
        HttpResponse<byte[]> response = calls.send(calls.request(target, adminToken, query.toString()).GET()
                .build(), target, monitor);
        if (response.statusCode() != 200) {
            throw ServerCalls.failure(target, response);
        }
        try {
            return read(ServerCalls.json(response));
        } catch (StatusFormatException | RuntimeException e) {
            throw new TransportException(Kind.FAILED, 200, Messages.bind(Messages.Http_unreadableFleetStatus, target,
                    e.getMessage()));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static FleetStatus read(JsonNode body) throws StatusFormatException {
        if (!body.path("agents").isArray() || !body.path("summary").isObject()) {
            throw new IllegalArgumentException("no summary or agents");
        }
        TreeMap<Long, Integer> versions = new TreeMap<>();
        body.path("summary").path("versions").fields().forEachRemaining(e -> versions.put(Long.parseLong(e.getKey()),
                e.getValue().asInt()));
        Map<String, Integer> states = new LinkedHashMap<>();
        body.path("summary").path("states").fields().forEachRemaining(e -> states.put(e.getKey(),
                e.getValue().asInt()));
        List<FleetAgent> agents = new ArrayList<>();
        for (JsonNode a : body.path("agents")) {
            agents.add(agent(a));
        }
        JsonNode next = body.get("next");
        return new FleetStatus(body.path("group").asText(), body.path("currentVersion").asLong(),
                body.path("notSeenAfterSeconds").asLong(), body.path("summary").path("agents").asInt(), versions,
                states, agents, next == null || next.isNull() ? null : next.asText());
    }

    private static FleetAgent agent(JsonNode a) throws StatusFormatException {
        List<String> states = new ArrayList<>();
        a.path("states").forEach(s -> states.add(s.asText()));
        AgentStatusReport report = a.hasNonNull("report") ? AgentStatusCodec.read(ServerCalls.MAPPER
                .valueToTree(a.get("report")).toString().getBytes(StandardCharsets.UTF_8)) : null;
        List<PurposeMismatch> mismatches = new ArrayList<>();
        for (JsonNode m : a.path("mismatches")) {
            mismatches.add(mismatch(m));
        }
        return new FleetAgent(a.path("agent").asText(), a.path("version").asLong(), states, time(a.get("lastSeen")),
                report, mismatches);
    }

    private static PurposeMismatch mismatch(JsonNode m) {
        JsonNode p = m.path("predicted");
        JsonNode o = m.path("observed");
        ObservedPath observed = new ObservedPath(o.path("purpose").asText(), byId(Route.class, o.path("via")),
                text(o.get("proxy")), o.path("target").asText(), byId(Outcome.class, o.path("outcome")),
                text(o.get("error")));
        return new PurposeMismatch(m.path("purpose").asText(), byId(Route.class, p.path("via")), text(p.get("proxy")),
                p.path("target").asText(), byId(Outcome.class, p.path("outcome")), byId(Rule.class, m.path("rule")),
                text(p.get("explanation")), observed, m.path("reason").asText());
    }

    private static <E extends Enum<E> & Identified> E byId(Class<E> type, JsonNode id) {
        return Identified.byId(type, id.asText()).orElseThrow(() -> new IllegalArgumentException("\"" + id.asText()
                + "\" is no " + type.getSimpleName()));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private static Instant time(JsonNode node) {
        try {
            return node == null || node.isNull() ? null : Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
