package org.agentproxy.server.internal.http;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.agentproxy.server.StatusSettings;
import org.agentproxy.server.internal.status.AgentState;
import org.agentproxy.server.internal.status.AgentStatusStore;
import org.agentproxy.server.internal.status.AgentView;
import org.agentproxy.server.internal.status.GroupStatus;
import org.agentproxy.server.internal.status.GroupVersions;
import org.agentproxy.server.internal.store.GroupStore;
import org.agentproxy.server.internal.store.Groups;
import org.agentproxy.server.internal.store.Json;
import org.agentproxy.simulation.status.AgentStatusCodec;
import org.agentproxy.simulation.status.AgentStatusReport;
import org.agentproxy.simulation.status.PurposeMismatch;
import org.agentproxy.simulation.status.StatusFormatException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fleet status over HTTP: agents' reports ({@code POST /v1/agent/groups/NAME/status}), the agent id on polls
 * ({@code X-Agentproxy-Agent}), and the admin listing ({@code GET /v1/admin/groups/NAME/agents}).
 */
final class StatusResources {

    /** The header an agent may send on its polls so that the server knows when it was last seen. */
    static final String AGENT_HEADER = "X-Agentproxy-Agent";
    /** The most agents one page of the admin listing holds, and the default. */
    static final int MAX_PAGE = 1000;

    /** How often a group may be re-read for a report ahead of it ({@link #rereadDue}). */
    static final long REREAD_INTERVAL_MILLIS = 1000;

    private final AgentStatusStore store;
    /** When each group was last re-read for a report ahead of it (System.nanoTime; one entry per group). */
    private final Map<String, Long> rereads = new ConcurrentHashMap<>();
    private final StatusSettings settings;

    StatusResources(AgentStatusStore store, StatusSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** {@code POST …/status}: 204 when stored; 400 naming the field, 429 with {@code Retry-After} when too soon. */
    void report(Request request, Response response, Callback callback, GroupStore group, Groups groups)
            throws Exception {
        byte[] body = HttpIO.body(request, settings.limits().maxBodyBytes());
        AgentStatusReport report;
        try {
            report = AgentStatusCodec.read(body, settings.limits());
        } catch (StatusFormatException e) {
            String field = e.field().isEmpty() ? "body" : e.field();
            throw new ApiException(400, "invalid-status-report", field + ": " + e.reason()).with("field", field);
        }
        if (report.version() > group.agentView().version() && rereadDue(group.name())) {
            // deployed through another replica a moment ago: compared with that version, not taken as unknown
            GroupStore current = groups.reread(group.name());
            if (current == null) {
                throw ApiException.unknownGroup(group.name());
            }
            group = current;
        }
        GroupStatus.Outcome outcome = store.report(group.name(), report, System.currentTimeMillis(),
                GroupVersions.of(group));
        if (outcome instanceof GroupStatus.TooSoon soon) {
            throw new ApiException(429, "too-many-reports", "agent: \"" + report.agent() + "\" reported less than "
                    + settings.minReportInterval().toSeconds() + " s ago; report again in "
                    + soon.retryAfterSeconds() + " s").with("field", "agent")
                    .with("retryAfter", soon.retryAfterSeconds())
                    .header("Retry-After", Long.toString(soon.retryAfterSeconds()));
        }
        if (outcome instanceof GroupStatus.Full full) {
            throw new ApiException(429, "too-many-agents", "agent: group \"" + group.name() + "\" tracks "
                    + full.limit() + " agents, the most it may; reports of new agents are refused")
                    .with("field", "agent").with("retryAfter", 3600).header("Retry-After", "3600");
        }
        HttpIO.noContent(response, callback, 204);
    }

    /**
     * Whether a report ahead of the group as held may re-read it from the store: once per group and
     * {@value #REREAD_INTERVAL_MILLIS} ms, so that an agent sending made-up versions (it holds the group's token, and
     * the per-agent rate limit comes later) cannot make the store read on every request.
     */
    private boolean rereadDue(String group) {
        long now = System.nanoTime();
        boolean[] due = {false};
        rereads.compute(group, (name, last) -> {
            if (last == null || now - last >= TimeUnit.MILLISECONDS.toNanos(REREAD_INTERVAL_MILLIS)) {
                due[0] = true;
                return now;
            }
            return last;
        });
        return due[0];
    }

    /** The agent id a poll carries, or {@code null}; 400 naming the header when it is not a valid id. */
    String pollingAgent(Request request) throws ApiException {
        String id = request.getHeaders().get(AGENT_HEADER);
        if (id == null) {
            return null;
        }
        String stripped = id.strip();
        if (stripped.isEmpty() || stripped.length() > settings.limits().maxIdLength()
                || stripped.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("invalid-agent-id", AGENT_HEADER, "an agent id of 1-"
                    + settings.limits().maxIdLength() + " characters without control characters");
        }
        return stripped;
    }

    void polled(GroupStore group, String agent, long version) {
        store.polled(group.name(), agent, version, System.currentTimeMillis());
    }

    /** {@code GET /v1/admin/groups/NAME/agents?state=S&after=ID&limit=N}. */
    void list(Exchange x) throws ApiException, java.io.IOException {
        Fields query = Request.extractQueryParameters(x.request());
        String stateId = query.getValue("state");
        AgentState state = null;
        if (stateId != null) {
            state = AgentState.byId(stateId).orElseThrow(() -> ApiException.badRequest("invalid-query", "state",
                    "\"" + stateId + "\" is none of current, behind, not-seen, failing, mismatch"));
        }
        int limit = MAX_PAGE;
        String limitText = query.getValue("limit");
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_PAGE) {
                throw ApiException.badRequest("invalid-query", "limit", "a whole number from 1 to " + MAX_PAGE);
            }
        }
        String after = query.getValue("after");
        GroupVersions group = GroupVersions.of(x.group());
        long current = group.current();
        GroupStatus.Page page = store.page(x.group().name(), group, System.currentTimeMillis(), state, after,
                limit);
        ObjectNode body = Json.object();
        body.put("group", x.group().name());
        body.put("currentVersion", current);
        body.put("notSeenAfterSeconds", settings.notSeenAfter().toSeconds());
        ObjectNode summary = body.putObject("summary");
        summary.put("agents", page.total());
        ObjectNode versions = summary.putObject("versions");
        page.versions().forEach((v, n) -> versions.put(Long.toString(v), n));
        ObjectNode states = summary.putObject("states");
        for (Map.Entry<AgentState, Integer> e : page.states().entrySet()) {
            states.put(e.getKey().id(), e.getValue());
        }
        if (state != null) {
            body.put("state", state.id());
        }
        ArrayNode agents = body.putArray("agents");
        page.agents().forEach(a -> agents.add(agent(a)));
        if (page.next() != null) {
            body.put("next", page.next());
        }
        x.response().getHeaders().put(HttpHeader.VARY, "Authorization");
        HttpIO.json(x.response(), x.callback(), 200, body);
    }

    private static ObjectNode agent(AgentView a) {
        ObjectNode node = Json.object();
        node.put("agent", a.id());
        node.put("version", a.version());
        ArrayNode states = node.putArray("states");
        a.states().forEach(s -> states.add(s.id()));
        if (a.lastSeen() > 0) {
            node.put("lastSeen", Instant.ofEpochMilli(a.lastSeen()).toString());
        }
        if (a.lastPoll() > 0) {
            node.put("lastPoll", Instant.ofEpochMilli(a.lastPoll()).toString());
        }
        if (a.report() != null) {
            node.put("receivedAt", Instant.ofEpochMilli(a.receivedAt()).toString());
            node.set("report", AgentStatusCodec.toJson(a.report()));
        }
        ArrayNode mismatches = node.putArray("mismatches");
        for (PurposeMismatch m : a.mismatches()) {
            mismatches.add(mismatch(m));
        }
        return node;
    }

    private static ObjectNode mismatch(PurposeMismatch m) {
        ObjectNode node = Json.object();
        node.put("purpose", m.purpose());
        node.put("rule", m.rule().id());
        ObjectNode predicted = node.putObject("predicted");
        predicted.put("via", m.predictedVia().id());
        if (m.predictedProxy() != null) {
            predicted.put("proxy", m.predictedProxy());
        }
        predicted.put("target", m.predictedTarget());
        predicted.put("outcome", m.predictedOutcome().id());
        if (m.explanation() != null) {
            predicted.put("explanation", m.explanation());
        }
        node.set("observed", AgentStatusCodec.toJson(m.observed()));
        node.put("reason", m.reason());
        return node;
    }

    static List<String> stateIds() {
        return java.util.Arrays.stream(AgentState.values()).map(AgentState::id).toList();
    }
}
