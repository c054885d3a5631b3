package org.agentproxy.cli.tests;

import static org.agentproxy.cli.tests.SimulationCliRun.FLEET;
import static org.agentproxy.cli.tests.SimulationCliRun.NEXT;
import static org.agentproxy.cli.tests.SimulationCliRun.POLICY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agentproxy impact}: counts per purpose, the agents that lose a path, in text, CSV or JSON. */
class ImpactCommandTest {

    @TempDir
    Path dir;

    @Test
    void theTextReportCountsPerPurposeAndNamesTheLosers() {
        SimulationCliRun run = SimulationCliRun.of("impact", "--from", POLICY, "--to", NEXT, "--inventory", FLEET);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Impact of \"Headquarters\" -> \"Headquarters (next)\" on 7 agents", run.outLines().get(0));
        assertTrue(run.out().contains(String.format("%-32s %9d %9d %9d %9d", "configuration", 2, 4, 0, 1)), run.out());
        assertTrue(run.out().contains("1 agent loses 3 paths:"), run.out());
        assertTrue(run.out().contains("  lyon-ws-0008  configuration  (was osce.corp.example:4343 via direct): the "
                + "IPv6-only agent cannot reach the IPv4-only proxy 10.10.0.8:8080"), run.out());
    }

    @Test
    void theCsvReportListsEveryLostPath() {
        SimulationCliRun run = SimulationCliRun.of("impact", "--from", POLICY, "--to", NEXT, "--inventory", FLEET,
                "--format", "csv");

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.outLines();
        assertEquals("agent_id,purpose,before,cause,reason", lines.get(0));
        assertEquals(4, lines.size(), run.out());
        assertEquals("lyon-ws-0008,component-update,ua-hq.corp.example:8080 via direct,address-family,every attempt "
                + "failed; the last: the IPv6-only agent cannot reach the IPv4-only proxy 10.10.0.8:8080",
                lines.get(3));
    }

    @Test
    void theJsonReportHasTheDocumentedFormat() {
        SimulationCliRun run = SimulationCliRun.of("impact", "--from", POLICY, "--to", NEXT, "--inventory", FLEET,
                "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{\n  \"format\" : \"agentproxy-impact/1\""), run.out());
        assertTrue(run.out().contains("\"agent\" : \"lyon-ws-0008\""), run.out());
    }

    @Test
    void aWorldScenarioAppliesToEveryAgent() throws Exception {
        Path world = dir.resolve("world.json");
        Files.writeString(world, """
                {"format": "agentproxy-scenario/1", "agent": {"ip": "192.0.2.1"},
                 "world": {"hosts": {"10.10.0.8": {"reachable": false}}}}
                """);

        SimulationCliRun run = SimulationCliRun.of("impact", "--from", POLICY, "--to", NEXT, "--inventory", FLEET,
                "--world", world.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(String.format("%-32s %9d %9d %9d %9d", "configuration", 2, 0, 0, 5)), run.out());
        assertTrue(run.out().contains("the proxy 10.10.0.8:8080 is unreachable"), run.out());
    }

    @Test
    void aBadInventoryRowNamesTheFileTheColumnAndTheLine() throws Exception {
        Path csv = dir.resolve("fleet.csv");
        Files.writeString(csv, Files.readString(Path.of(FLEET)) + "bad-1,10.0.0.300,10.10.0.1,,Headquarters,ipv4,"
                + "false,\n");

        SimulationCliRun run = SimulationCliRun.of("impact", "--from", POLICY, "--to", NEXT, "--inventory",
                csv.toString());

        assertEquals(2, run.exitCode());
        assertEquals(csv + ": ip: \"10.0.0.300\" is not an IPv4 or IPv6 address (line 9)", run.errLines().get(0));
    }

    @Test
    void usageErrorsExitWith2() {
        SimulationCliRun run = SimulationCliRun.of("impact", "--from", POLICY, "--to", NEXT);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("missing --inventory"), run.err());
        assertTrue(SimulationCliRun.of("impact", "--from", POLICY, "--to", NEXT, "--inventory", FLEET, "--format",
                "yaml").err().contains("--format must be one of text, json, csv"));
    }
}
