package org.agentproxy.server.tests;

import static org.agentproxy.server.tests.StatusReports.CONFIG_DIRECT;
import static org.agentproxy.server.tests.StatusReports.CONFIG_OK;
import static org.agentproxy.server.tests.StatusReports.LOGS_FAILED;
import static org.agentproxy.server.tests.StatusReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.agentproxy.server.ServerConfig;
import org.agentproxy.server.StatusSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fleet status on a real server: agents report what they applied and observed, polls carry the agent id, and
 * the admin listing shows current, behind, not-seen, failing and mismatched agents with both paths.
 */
class FleetStatusTest {


    @TempDir
    Path data;
    TestServer server;
    String agentToken;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private void start(StatusSettings settings) throws Exception {
        server = TestServer.start(ServerConfig.of(data), settings);
        agentToken = server.createGroup("hq");
        assertEquals(201, server.deploy("hq", 0, Policies.json("HQ", 8080)).status());
    }

    private Api.Reply post(String body) {
        return server.api.post("v1/agent/groups/hq/status", agentToken, body);
    }

    private JsonNode agents(String query) {
        Api.Reply reply = server.api.get("v1/admin/groups/hq/agents" + query, server.adminToken);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void reportAsPredictedIsListedCurrentWithTheSummary() throws Exception {
        start(StatusSettings.DEFAULTS);

        Api.Reply reply = post(report("ws-1", 1, CONFIG_OK));

        assertEquals(204, reply.status(), reply.body());
        JsonNode list = agents("");
        assertEquals(1, list.get("currentVersion").asLong());
        assertEquals(1, list.at("/summary/agents").asInt());
        assertEquals(1, list.at("/summary/versions/1").asInt());
        assertEquals(1, list.at("/summary/states/current").asInt());
        assertEquals(0, list.at("/summary/states/mismatch").asInt());
        JsonNode agent = list.get("agents").get(0);
        assertEquals("ws-1", agent.get("agent").asText());
        assertEquals("[\"current\"]", agent.get("states").toString());
        assertEquals("10.1.2.3", agent.at("/report/facts/ip").asText());
        assertEquals(0, agent.get("mismatches").size());
    }

    @Test
    void anotherRouteThanPredictedIsAMismatchWithBothPathsAndTheRule() throws Exception {
        start(StatusSettings.DEFAULTS);
        post(report("ws-1", 1, CONFIG_OK));
        post(report("ws-2", 1, CONFIG_DIRECT));

        JsonNode list = agents("?state=mismatch");

        assertEquals("mismatch", list.get("state").asText());
        assertEquals(1, list.get("agents").size());
        JsonNode m = list.get("agents").get(0).get("mismatches").get(0);
        assertEquals("configuration", m.get("purpose").asText());
        assertEquals("R1", m.get("rule").asText());
        assertEquals("internal-server", m.at("/predicted/via").asText());
        assertEquals("proxy.corp.example:8080", m.at("/predicted/proxy").asText());
        assertEquals("direct", m.at("/observed/via").asText());
        assertTrue(m.get("reason").asText().contains("direct instead of internal-server"), m.toString());
    }

    @Test
    void failedPurposeIsFailingAndOlderVersionIsBehind() throws Exception {
        start(StatusSettings.DEFAULTS);
        post(report("ws-1", 1, CONFIG_OK, LOGS_FAILED));
        post(report("ws-2", 1, CONFIG_OK));
        assertEquals(201, server.deploy("hq", 1, Policies.json("HQ", 8081)).status());

        assertEquals(List.of("ws-1"), ids(agents("?state=failing")));
        assertEquals(List.of("ws-1", "ws-2"), ids(agents("?state=behind")));
        JsonNode all = agents("");
        assertEquals(0, all.at("/summary/states/current").asInt());
        assertEquals(2, all.at("/summary/states/behind").asInt());
    }

    @Test
    void malformedReportGets400NamingTheFieldAndIsNotStored() throws Exception {
        start(StatusSettings.DEFAULTS);

        Api.Reply reply = post(report("ws-1", 1, CONFIG_OK).replace("10.1.2.3", "10.1.2"));

        assertEquals(400, reply.status());
        assertEquals("invalid-status-report", reply.json().get("error").asText());
        assertEquals("facts.ip", reply.json().get("field").asText());
        // outside the contract's enum: straight to the server (Prism would refuse it first)
        Api.Reply via = server.direct.post("v1/agent/groups/hq/status", agentToken, report("ws-1", 1,
                CONFIG_OK.replace("internal-server", "tunnel")));
        assertEquals("purposes[0].via", via.json().get("field").asText());
        assertEquals(0, agents("").at("/summary/agents").asInt());
    }

    @Test
    void secondReportWithinTheIntervalGets429WithRetryAfter() throws Exception {
        start(StatusSettings.DEFAULTS.withMinReportInterval(Duration.ofSeconds(60)));
        assertEquals(204, post(report("ws-1", 1, CONFIG_OK)).status());

        Api.Reply again = post(report("ws-1", 1, CONFIG_DIRECT));

        assertEquals(429, again.status());
        assertEquals("too-many-reports", again.json().get("error").asText());
        long retryAfter = Long.parseLong(again.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(0, agents("").at("/summary/states/mismatch").asInt(), "the refused report is not stored");
        assertEquals(204, post(report("ws-2", 1, CONFIG_OK)).status(), "the limit is per agent");
    }

    @Test
    void pollWithTheAgentIdMakesItSeen() throws Exception {
        start(StatusSettings.DEFAULTS);
        var request = server.api.request("v1/agent/groups/hq/policy", agentToken).GET()
                .header("X-Agentproxy-Agent", "nb-7");

        assertEquals(200, server.api.send(request).status());

        JsonNode agent = agents("").get("agents").get(0);
        assertEquals("nb-7", agent.get("agent").asText());
        assertEquals(1, agent.get("version").asLong());
        assertTrue(agent.has("lastPoll"));
        assertFalse(agent.has("report"));
        Api.Reply bad = server.direct.send(server.direct.request("v1/agent/groups/hq/policy", agentToken).GET()
                .header("X-Agentproxy-Agent", "x".repeat(200)));
        assertEquals(400, bad.status());
        assertEquals("X-Agentproxy-Agent", bad.json().get("field").asText());
    }

    @Test
    void agentsNotSeenForTheSetTimeAreMarkedNotDeleted() throws Exception {
        start(StatusSettings.DEFAULTS.withNotSeenAfter(Duration.ofMillis(200)));
        post(report("ws-1", 1, CONFIG_OK));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonNode list;
        do { // waits on the condition: the mark appears once the time has passed
            list = agents("?state=not-seen");
        } while (list.get("agents").isEmpty() && System.nanoTime() < deadline);

        assertEquals(List.of("ws-1"), ids(list));
        assertEquals(1, list.at("/summary/agents").asInt());
    }

    @Test
    void statusSurvivesARestart() throws Exception {
        start(StatusSettings.DEFAULTS);
        post(report("ws-1", 1, CONFIG_OK));
        post(report("ws-2", 1, CONFIG_DIRECT));
        server.close();
        server = null;

        server = TestServer.start(ServerConfig.of(data), StatusSettings.DEFAULTS);

        JsonNode list = server.api.get("v1/admin/groups/hq/agents?state=mismatch", server.adminToken).json();
        assertEquals(2, list.at("/summary/agents").asInt());
        assertEquals(List.of("ws-2"), ids(list));
        assertEquals("R1", list.get("agents").get(0).at("/mismatches/0/rule").asText());
    }

    @Test
    void pagesFollowTheNextId() throws Exception {
        start(StatusSettings.DEFAULTS);
        for (int i = 1; i <= 5; i++) {
            post(report("ws-" + i, 1, CONFIG_OK));
        }
        List<String> seen = new ArrayList<>();
        String query = "?limit=2";
        while (true) {
            JsonNode page = agents(query);
            assertTrue(page.get("agents").size() <= 2);
            seen.addAll(ids(page));
            if (!page.has("next")) {
                break;
            }
            query = "?limit=2&after=" + page.get("next").asText();
        }
        assertEquals(List.of("ws-1", "ws-2", "ws-3", "ws-4", "ws-5"), seen);
    }

    @Test
    void badQueryAndWrongTokenAreRefused() throws Exception {
        start(StatusSettings.DEFAULTS);

        // values outside the contract's enum and range: straight to the server
        Api.Reply state = server.direct.get("v1/admin/groups/hq/agents?state=lost", server.adminToken);
        assertEquals(400, state.status());
        assertEquals("state", state.json().get("field").asText());
        Api.Reply limit = server.direct.get("v1/admin/groups/hq/agents?limit=0", server.adminToken);
        assertEquals("limit", limit.json().get("field").asText());
        Api.Reply token = server.direct.post("v1/agent/groups/hq/status", server.adminToken,
                report("ws-1", 1, CONFIG_OK));
        assertEquals(403, token.status());
        Api.Reply unknown = server.api.post("v1/agent/groups/nowhere/status", agentToken,
                report("ws-1", 1, CONFIG_OK));
        assertEquals(404, unknown.status());
        Api.Reply method = server.direct.get("v1/agent/groups/hq/status", agentToken);
        assertEquals(405, method.status());
        assertEquals("POST", method.header("Allow"));
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("agents").forEach(a -> ids.add(a.get("agent").asText()));
        return ids;
    }
}
