package org.agentproxy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.agentproxy.cli.AgentsCommand;
import org.agentproxy.cli.StatusCommand;
import org.agentproxy.server.PolicyServer;
import org.agentproxy.server.ServerConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The whole loop on a real server: {@code agentproxy agents} reports (a fraction failing a purpose or taking
 * another path), {@code agentproxy status} shows the summary and the agents, exit 0 or 4.
 */
class StatusCommandTest {

    @TempDir
    Path dir;
    PolicyServer server;
    String tokenFile;
    Path agentTokenFile;

    @BeforeEach
    void start() throws Exception {
        server = PolicyServer.start(ServerConfig.of(dir.resolve("data")).withPort(0), line -> { });
        tokenFile = dir.resolve("data/admin-token").toString();
        agentTokenFile = dir.resolve("agent-token");
        Files.writeString(agentTokenFile, DeploymentCommandsTest.createGroup(server, tokenFile, "hq") + "\n");
        Files.setPosixFilePermissions(agentTokenFile, PosixFilePermissions.fromString("rw-------"));
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, """
                {"format": "agentproxy-policy/1", "name": "HQ",
                 "server": {"host": "osce.corp.example", "port": 4343},
                 "internalAgents": {"server": {"enabled": true, "host": "proxy.corp.example", "port": 8080}}}
                """);
        assertEquals(0, DeploymentCliRun.of("deploy", "--policy", policy.toString(), "--server",
                server.uri().toString(), "--group", "hq", "--token-file", tokenFile, "--journal",
                dir.resolve("journal").toString()).exitCode());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private DeploymentCliRun agents(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("agents", "--server", server.uri().toString(),
                "--group", "hq", "--count", "20", "--interval", "0.05", "--versions", "0", "--timeout", "120",
                "--token-file", agentTokenFile.toString()));
        args.addAll(List.of(extra));
        return DeploymentCliRun.run(List.of(new AgentsCommand(name -> null)), null, args.toArray(String[]::new));
    }

    private DeploymentCliRun status(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("status", "--server", server.uri().toString(),
                "--group", "hq", "--token-file", tokenFile));
        args.addAll(List.of(extra));
        return DeploymentCliRun.run(List.of(new StatusCommand()), null, args.toArray(String[]::new));
    }

    @Test
    void aFleetOnItsPredictedPathsIsCurrentAndExits0() {
        DeploymentCliRun run = agents();
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("20 of 20 status reports stored"), run.out());

        DeploymentCliRun status = status();

        assertEquals(0, status.exitCode(), status.out() + status.err());
        assertTrue(status.out().contains("group hq: version 1 is current; 20 agents"), status.out());
        assertTrue(status.out().contains("versions: version 1: 20"), status.out());
        assertTrue(status.out().contains("current 20, behind 0, not-seen 0, failing 0, mismatch 0"), status.out());
        assertTrue(status.out().contains("agents not current: 0"), status.out());
    }

    @Test
    void detouredAndFailingAgentsAreListedWithBothPathsAndExit4() throws Exception {
        DeploymentCliRun run = agents("--detour", "configuration:10%", "--fail", "logs:0.05");
        assertEquals(0, run.exitCode(), run.out() + run.err());

        DeploymentCliRun status = status();

        assertEquals(4, status.exitCode(), status.out() + status.err());
        // 10 % of 20 detour (agents 9 and 19), 5 % fail logs (agent 19: each fraction is spread evenly, ending at
        // the last agent); a failure where success is predicted is a mismatch too
        assertTrue(status.out().contains("current 18, behind 0, not-seen 0, failing 1, mismatch 2"), status.out());
        assertTrue(status.out().contains("agent-000019  version 1  failing, mismatch"), status.out());
        assertTrue(status.out().contains("configuration [R1]: the agent went direct instead of internal-server"),
                status.out());
        assertTrue(status.out().contains("predicted: osce.corp.example:4343 via internal-server "
                + "(proxy.corp.example:8080) ok"), status.out());
        assertTrue(status.out().contains("observed:  osce.corp.example:4343 via direct ok"), status.out());

        DeploymentCliRun csv = status("--state", "mismatch", "--format", "csv");
        assertEquals(4, csv.exitCode());
        List<String> lines = csv.out().lines().toList();
        assertEquals("agent,version,states,lastSeen,purpose,rule,predicted,observed,reason", lines.get(0));
        assertEquals(4, lines.size(), csv.out());

        DeploymentCliRun json = status("--state", "failing", "--format", "json");
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertEquals(1, doc.get("agents").size());
        assertEquals(1, doc.at("/summary/states/failing").asInt());
        assertEquals("agent-000019", doc.at("/agents/0/agent").asText());
        assertEquals("logs", doc.at("/agents/0/mismatches/1/purpose").asText());
    }

    /**
     * An IPv6-only agent and an IPv4-only SPS: the engine predicts that R3 routes file reputation to the SPS and R7
     * stops it; the agent reached it all the same. The mismatch names both rules, routing rule first, as the
     * simulation and the studio's Fleet Status view do.
     */
    @Test
    void anAddressFamilyMismatchNamesTheRoutingRuleAndR7() throws Exception {
        String agentToken = DeploymentCommandsTest.createGroup(server, tokenFile, "v6");
        Path policy = dir.resolve("v6.json");
        Files.writeString(policy, """
                {"format": "agentproxy-policy/1", "name": "HQ v6",
                 "server": {"host": "osce.corp.example", "port": 4343},
                 "smartProtectionSources": {"standardList": [{"host": "10.0.0.5", "port": 5275}]}}
                """);
        assertEquals(0, DeploymentCliRun.of("deploy", "--policy", policy.toString(), "--server",
                server.uri().toString(), "--group", "v6", "--token-file", tokenFile, "--journal",
                dir.resolve("journal").toString()).exitCode());
        HttpResponse<String> report = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve(
                "v1/agent/groups/v6/status")).header("Authorization", "Bearer " + agentToken)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"format": "agentproxy-agent-status/1", "agent": "agent-v6", "version": 1,
                         "time": "2026-12-06T04:00:00Z", "facts": {"ip": "fd00::9", "family": "ipv6"},
                         "purposes": [{"purpose": "file-reputation", "via": "direct", "target": "10.0.0.5:5275",
                                       "outcome": "ok"}]}""")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, report.statusCode(), report.body());

        DeploymentCliRun status = DeploymentCliRun.run(List.of(new StatusCommand()), null, "status", "--server",
                server.uri().toString(), "--group", "v6", "--token-file", tokenFile);

        assertEquals(4, status.exitCode(), status.out() + status.err());
        assertTrue(status.out().contains("agent-v6  version 1  mismatch"), status.out());
        assertTrue(status.out().contains("    file-reputation [R3, R7]: "), status.out());
        assertTrue(status.out().contains("predicted: 10.0.0.5:5275 via direct failed"), status.out());
        assertTrue(status.out().contains("observed:  10.0.0.5:5275 via direct ok"), status.out());
    }

    @Test
    void badStateOrFormatIsExit2() {
        DeploymentCliRun state = status("--state", "lost");
        assertEquals(2, state.exitCode());
        assertTrue(state.err().contains("--state must be one of current, behind, not-seen, failing, mismatch"),
                state.err());
        assertEquals(2, status("--format", "xml").exitCode());
        DeploymentCliRun group = DeploymentCliRun.run(List.of(new StatusCommand()), null, "status", "--server",
                server.uri().toString(), "--group", "nowhere", "--token-file", tokenFile);
        assertEquals(2, group.exitCode(), group.err());
        assertTrue(group.err().contains("nowhere"), group.err());
    }

    @Test
    void badFaultIsExit2() {
        DeploymentCliRun run = agents("--fail", "logs:150%");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--fail must be PURPOSE:FRACTION"), run.err());
    }
}
