package org.agentproxy.server.tests;

import static org.agentproxy.server.tests.StatusReports.CONFIG_DIRECT;
import static org.agentproxy.server.tests.StatusReports.CONFIG_OK;
import static org.agentproxy.server.tests.StatusReports.LOGS_FAILED;
import static org.agentproxy.server.tests.StatusReports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.agentproxy.server.StatusSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fleet status over PostgreSQL (docs/fleet-status.md, "Several replicas"): reports and polls that reach one
 * replica are listed by every other, a restart keeps them, and while the database is down acknowledged reports wait
 * in memory and are written when it is back, past the memory set aside a report gets 503 and is not acknowledged.
 */
class ReplicaFleetStatusTest {

    private static final StatusSettings EVERY_REPORT = StatusSettings.DEFAULTS.withMinReportInterval(Duration.ZERO);

    @RegisterExtension
    static final PostgresClusterExtension POSTGRES = new PostgresClusterExtension();

    @TempDir
    Path dir;
    Replicas replicas;
    String agentToken;

    @AfterEach
    void stop() throws IOException {
        if (replicas != null) {
            replicas.close();
        }
    }

    private void start(int n) throws IOException, InterruptedException {
        replicas = new Replicas(POSTGRES.cluster(), dir).start(n, EVERY_REPORT);
        agentToken = replicas.createGroup(0, "hq");
        assertEquals(201, replicas.deploy(0, "hq", 0, Policies.json("HQ", 8080)).status());
        // agents poll before they report: the group and its version reach the other replicas by notification
        for (int i = 1; i < n; i++) {
            int replica = i;
            Replicas.await("replica " + i + " serves version 1", Duration.ofSeconds(30),
                    () -> Replicas.poll(replicas.api(replica), "hq", agentToken, null).status() == 200);
        }
    }

    private Api.Reply post(int replica, String body) {
        return replicas.api(replica).post("v1/agent/groups/hq/status", agentToken, body);
    }

    private Api.Reply list(int replica, String query) {
        return replicas.api(replica).get("v1/admin/groups/hq/agents" + query, replicas.adminToken);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("agents").forEach(a -> ids.add(a.get("agent").asText()));
        return ids;
    }

    @Test
    void reportsAndPollsToOneReplicaAreListedByTheOther() throws Exception {
        start(2);
        assertEquals(204, post(0, report("ws-1", 1, CONFIG_OK)).status());
        assertEquals(204, post(0, report("ws-2", 1, CONFIG_DIRECT, LOGS_FAILED)).status());
        Api.Reply poll = replicas.api(1).send(replicas.api(1).request("v1/agent/groups/hq/policy", agentToken).GET()
                .header("X-Agentproxy-Agent", "nb-7"));
        assertEquals(200, poll.status());

        Replicas.await("replica 1 lists replica 0's reports", Duration.ofSeconds(30),
                () -> list(1, "").json().at("/summary/agents").asInt() == 3);
        JsonNode all = list(1, "").json();
        assertEquals(List.of("nb-7", "ws-1", "ws-2"), ids(all));
        assertEquals(3, all.at("/summary/versions/1").asInt());
        assertEquals(2, all.at("/summary/states/current").asInt());
        assertEquals(1, all.at("/summary/states/mismatch").asInt());
        assertEquals(1, all.at("/summary/states/failing").asInt());
        JsonNode mismatched = list(1, "?state=mismatch").json();
        assertEquals(List.of("ws-2"), ids(mismatched));
        JsonNode m = mismatched.at("/agents/0/mismatches/0");
        assertEquals("configuration", m.get("purpose").asText());
        assertEquals("R1", m.get("rule").asText(), m.toString());
        assertEquals("internal-server", m.at("/predicted/via").asText());
        assertEquals("direct", m.at("/observed/via").asText());
        assertEquals("10.1.2.3", mismatched.at("/agents/0/report/facts/ip").asText());
        JsonNode polled = all.get("agents").get(0);
        assertTrue(polled.has("lastPoll"));
        assertFalse(polled.has("report"));
        Replicas.await("replica 0 lists replica 1's poll", Duration.ofSeconds(30),
                () -> list(0, "").json().at("/summary/agents").asInt() == 3);

        // a later report through the other replica replaces the agent's row; the page and the filters follow it
        assertEquals(204, post(1, report("ws-2", 1, CONFIG_OK)).status());
        assertEquals(List.of(), ids(list(1, "?state=mismatch").json()), "the replica's own report is listed at once");
        Replicas.await("replica 0 sees ws-2 as predicted", Duration.ofSeconds(30),
                () -> list(0, "").json().at("/summary/states/mismatch").asInt() == 0);
        assertEquals(201, replicas.deploy(1, "hq", 1, Policies.json("HQ", 8081)).status());
        Replicas.await("every agent is behind version 2 on replica 0", Duration.ofSeconds(30),
                () -> list(0, "?state=behind").json().get("agents").size() == 3);
        JsonNode page = list(0, "?limit=2").json();
        assertEquals(List.of("nb-7", "ws-1"), ids(page));
        assertEquals(List.of("ws-2"), ids(list(0, "?limit=2&after=" + page.get("next").asText()).json()));
    }

    @Test
    void aRestartOfEveryReplicaKeepsTheStatusAndADeletedGroupForgetsIt() throws Exception {
        start(2);
        assertEquals(204, post(0, report("ws-1", 1, CONFIG_OK)).status());
        assertEquals(204, post(1, report("ws-2", 1, CONFIG_DIRECT)).status());
        replicas.close(); // each writes what waits before it stops
        Replicas restarted = new Replicas(POSTGRES.cluster(), dir, replicas.database);
        replicas = restarted.start(1, EVERY_REPORT);

        JsonNode list = list(0, "").json();
        assertEquals(List.of("ws-1", "ws-2"), ids(list));
        assertEquals("R1", list(0, "?state=mismatch").json().at("/agents/0/mismatches/0/rule").asText());

        Api.Reply delete = replicas.api(0).send(replicas.api(0).request("v1/admin/groups/hq?force=true",
                replicas.adminToken).header("If-Match", "\"1\"").DELETE());
        assertEquals(200, delete.status(), delete.body());
        agentToken = replicas.createGroup(0, "hq");
        assertEquals(0, list(0, "").json().at("/summary/agents").asInt(), "a new group of that name has no agents");
        try (var c = POSTGRES.cluster().connect(replicas.databaseName());
                var s = c.createStatement(); var r = s.executeQuery("SELECT count(*) FROM agent_status")) {
            r.next();
            assertEquals(0, r.getInt(1), "the deleted group's rows are gone");
        }
    }

    @Test
    void whileTheDatabaseIsDownAcknowledgedReportsWaitAndAreWrittenWhenItIsBack() throws Exception {
        start(1);
        System.setProperty("agentproxy.server.status.maxPending", "2"); // read when the store opens
        try {
            replicas.start(1, EVERY_REPORT);
        } finally {
            System.clearProperty("agentproxy.server.status.maxPending");
        }
        assertEquals(204, post(1, report("ws-0", 1, CONFIG_OK)).status());
        Replicas.await("ws-0 is written", Duration.ofSeconds(30),
                () -> list(0, "").json().at("/summary/agents").asInt() == 1);

        POSTGRES.cluster().stopServer();
        try {
            assertEquals(204, post(1, report("ws-1", 1, CONFIG_OK)).status(), "acknowledged: it waits in memory");
            assertEquals(204, post(1, report("ws-2", 1, CONFIG_DIRECT)).status());
            Api.Reply full = post(1, report("ws-3", 1, CONFIG_OK));
            assertEquals(503, full.status(), full.body());
            assertEquals("store-unavailable", full.json().get("error").asText());
            assertNotNull(full.header("Retry-After"), "503 says when to retry");
            assertEquals(204, post(1, report("ws-1", 1, CONFIG_DIRECT)).status(),
                    "a later report of a waiting agent replaces its row: no more memory");
            Api.Reply listing = list(1, "");
            assertEquals(503, listing.status(), listing.body());
            assertEquals("store-unavailable", listing.json().get("error").asText());
            assertNotNull(listing.header("Retry-After"));
            assertEquals(200, Replicas.poll(replicas.api(1), "hq", agentToken, null).status(),
                    "agents' polls are answered from memory");
            Replicas.await("the writer says the reports wait", Duration.ofSeconds(30), () -> replicas.log.stream()
                    .anyMatch(l -> l.contains("cannot write the fleet status to the database")));
        } finally {
            POSTGRES.cluster().startServer();
        }

        Replicas.await("the waiting reports reach the database", Duration.ofSeconds(60),
                () -> list(0, "").json().at("/summary/agents").asInt() == 3);
        JsonNode list = list(0, "").json();
        assertEquals(List.of("ws-0", "ws-1", "ws-2"), ids(list), "every acknowledged report, none refused");
        assertEquals(List.of("ws-1", "ws-2"), ids(list(0, "?state=mismatch").json()), "ws-1's later report");
        Replicas.await("the writer says it writes again", Duration.ofSeconds(30), () -> replicas.log.stream()
                .anyMatch(l -> l.contains("the fleet status is written to")));
        assertEquals(204, post(1, report("ws-3", 1, CONFIG_OK)).status(), "room again");
    }

    @Test
    void aDatabaseOfSchema1IsUpgradedAtStartAndKeepsItsPolicies() throws Exception {
        start(1);
        replicas.close();
        String name = replicas.databaseName();
        try (var c = POSTGRES.cluster().connect(name); var s = c.createStatement()) { // as a server of schema 1 left it
            s.execute("DROP TABLE agent_status");
            s.execute("DELETE FROM agentproxy_schema WHERE version = 2");
        }
        replicas = new Replicas(POSTGRES.cluster(), dir, replicas.database).start(1, EVERY_REPORT);

        assertTrue(replicas.log.stream().anyMatch(l -> l.contains("schema 1 -> 2 (V2__agent_status.sql)")),
                String.join("\n", replicas.log));
        assertEquals(1, replicas.api(0).get("v1/admin/groups/hq", replicas.adminToken).json().get("currentVersion")
                .asLong(), "the policies are kept");
        assertEquals(204, post(0, report("ws-1", 1, CONFIG_OK)).status());
        assertEquals(List.of("ws-1"), ids(list(0, "").json()));
    }
}
