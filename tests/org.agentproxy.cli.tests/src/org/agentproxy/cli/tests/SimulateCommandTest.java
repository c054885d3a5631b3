package org.agentproxy.cli.tests;

import static org.agentproxy.cli.tests.SimulationCliRun.POLICY;
import static org.agentproxy.cli.tests.SimulationCliRun.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agentproxy simulate}: the report as text or JSON; bad input as {@code FILE: field.path: reason}, exit 2. */
class SimulateCommandTest {

    @TempDir
    Path dir;

    @Test
    void theTextReportShowsTheLocationAndEveryPurpose() {
        SimulationCliRun run = SimulationCliRun.of("simulate", "--policy", POLICY, "--scenario",
                scenario("internal-agent.json"));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.outLines().contains("Agent hq-lab-0042 10.10.9.42 (ipv4)"), run.out());
        assertTrue(run.out().contains("location: internal  [R0] Gateway mode:"), run.out());
        assertTrue(run.outLines().contains("predictive-machine-learning: ok, smart-protection-network via global-sps "
                + "(proxy.corp.example:8080)"), run.out());
        assertTrue(run.out().contains("  1. failed    osce.corp.example:4345 via direct  [R5] "), run.out());
        assertTrue(run.out().contains("               unreachable: osce.corp.example:4345 is unreachable"), run.out());
    }

    @Test
    void theJsonReportHasTheDocumentedFormat() {
        SimulationCliRun run = SimulationCliRun.of("simulate", "--policy", POLICY, "--scenario",
                scenario("ipv6-only-agent.json"), "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{\n  \"format\" : \"agentproxy-simulation/2\""), run.out());
        assertTrue(run.out().contains("\"cause\" : \"address-family\""), run.out());
        assertTrue(run.out().contains("\"purpose\" : \"server-update\""), run.out());
        // issue 13 §7: an attempt R7 stopped keeps the rule that routed it
        assertTrue(run.out().contains("\"rule\" : \"R7\",\n          \"routedBy\" : \"R3\","), run.out());
    }

    @Test
    void formatVersionOneIsStillWrittenForItsReaders() {
        SimulationCliRun run = SimulationCliRun.of("simulate", "--policy", POLICY, "--scenario",
                scenario("ipv6-only-agent.json"), "--format", "json", "--format-version", "1");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{\n  \"format\" : \"agentproxy-simulation/1\""), run.out());
        assertTrue(!run.out().contains("routedBy"), run.out());
        SimulationCliRun bad = SimulationCliRun.of("simulate", "--policy", POLICY, "--scenario",
                scenario("ipv6-only-agent.json"), "--format", "json", "--format-version", "3");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("--format-version"), bad.err());
    }

    @Test
    void theTextReportNamesBothRulesOfAnAttemptStoppedByR7() {
        SimulationCliRun run = SimulationCliRun.of("simulate", "--policy", POLICY, "--scenario",
                scenario("ipv6-only-agent.json"));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("  2. failed    sps1.corp.example:5275 via direct  [R3, R7] R3 routes this attempt, "
                + "and R7 stops it"), run.out());
    }

    // issue 13 §7: the HTTPS requirement of the global proxy, shown where a feature actually uses the proxy
    @Test
    void anHttpIntegratedSpsBehindTheGlobalProxyShowsHttpsRequired() throws Exception {
        Path policy = dir.resolve("http-integrated.json");
        String sample = Files.readString(Path.of(POLICY));
        Files.writeString(policy, sample.replaceFirst("\"port\" : 4345,\\s*\"protocol\" : \"https\"",
                "\"port\" : 4345, \"protocol\" : \"http\"").replace("\"*.corp.example\", ", ""));

        CliRun validate = CliRun.of("validate", policy.toString());
        SimulationCliRun run = SimulationCliRun.of("simulate", "--policy", policy.toString(), "--scenario",
                scenario("internal-agent.json"), "--format", "json");

        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        assertTrue(validate.out().contains("smartProtectionSources.standardList[0].protocol"), validate.out());
        assertEquals(0, run.exitCode(), run.err());
        String pml = run.out().substring(run.out().indexOf("\"purpose\" : \"predictive-machine-learning\""));
        assertTrue(pml.contains("\"target\" : \"osce.corp.example:4345\",\n          \"via\" : \"global-sps\",\n"
                + "          \"proxy\" : \"proxy.corp.example:8080\",\n          \"outcome\" : \"failed\",\n"
                + "          \"cause\" : \"https-required\","), pml);
    }

    // issue 13 §7: scenario hosts the policy never names are reported, not ignored
    @Test
    void scenarioHostsThePolicyNeverNamesAreWarnings() throws Exception {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, """
                {"format": "agentproxy-scenario/1",
                 "agent": {"ip": "10.10.9.42", "gateway": {"ip": "10.10.0.1", "mac": "00:1a:2b:3c:4d:5e"}},
                 "world": {
                   "integratedSps": {"port": 4345, "protocol": "https", "reachable": false},
                   "hosts": {"sps1.corp.exmaple": {"reachable": false}, "osce.corp.example:4346": {"reachable": false},
                             "sps2.corp.example": {"reachable": false}}}}
                """);

        SimulationCliRun text = SimulationCliRun.of("simulate", "--policy", POLICY, "--scenario", file.toString());
        SimulationCliRun json = SimulationCliRun.of("simulate", "--policy", POLICY, "--scenario", file.toString(),
                "--format", "json");

        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.outLines().contains("warning: world.hosts.\"sps1.corp.exmaple\": the policy names no such host, "
                + "so the entry is not used"), text.out());
        assertTrue(text.outLines().contains("warning: world.hosts.\"osce.corp.example:4346\": the policy names "
                + "osce.corp.example only on port 4343, 4345, so the entry is not used"), text.out());
        assertTrue(!text.out().contains("\"sps2.corp.example\": the policy"), text.out());
        assertTrue(json.out().contains("\"warnings\" : ["), json.out());
        assertTrue(json.out().contains("\"world.hosts.\\\"sps1.corp.exmaple\\\": the policy names no such host, so the "
                + "entry is not used\""), json.out());
        // the integrated SPS the scenario describes is down: the features go to the Smart Protection Network
        assertTrue(text.out().contains("  1. failed    osce.corp.example:4345 via direct  [R5]"), text.out());
    }

    @Test
    void aBadScenarioNamesTheFileTheFieldAndTheLine() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"format\": \"agentproxy-scenario/1\",\n \"agent\": {\"ip\": \"10.0.0.300\"}}\n");

        SimulationCliRun run = SimulationCliRun.of("simulate", "--policy", POLICY, "--scenario", file.toString());

        assertEquals(2, run.exitCode());
        assertEquals(file + ": agent.ip: \"10.0.0.300\" is not an IPv4 or IPv6 address (line 2, column 18)",
                run.errLines().get(0));
        assertEquals("", run.out());
    }

    @Test
    void anInvalidPolicyIsRefusedWithItsProblems() throws Exception {
        Path file = dir.resolve("policy.json");
        Files.writeString(file, """
                {"format": "agentproxy-policy/1", "name": "Bad", "server": {"host": "osce.example", "port": 4343},
                 "internalAgents": {"server": {"enabled": true, "host": "proxy.example", "port": 70000}}}
                """);

        SimulationCliRun run = SimulationCliRun.of("simulate", "--policy", file.toString(), "--scenario",
                scenario("internal-agent.json"));

        assertEquals(2, run.exitCode());
        assertTrue(run.errLines().contains(file + ": internalAgents.server.port: must be 1\u201365535, not 70000"),
                run.err());
    }

    @Test
    void aMissingFileIsReported() {
        String missing = dir.resolve("missing.json").toString();

        SimulationCliRun run = SimulationCliRun.of("simulate", "--policy", POLICY, "--scenario", missing);

        assertEquals(2, run.exitCode());
        assertEquals(missing + ": no such file", run.errLines().get(0));
    }

    @Test
    void usageErrorsExitWith2() {
        assertTrue(SimulationCliRun.of("simulate", "--policy", POLICY).err().contains("missing --scenario"));
        assertTrue(SimulationCliRun.of("simulate", "--policy", POLICY, "--scenario", "x", "--format", "xml").err()
                .contains("--format must be one of text, json, not \"xml\""));
        assertTrue(SimulationCliRun.of("simulate", "--polcy", POLICY).err().contains("unknown option \"--polcy\""));
        assertEquals(2, SimulationCliRun.of("simulate", "--policy", POLICY, "--policy", POLICY).exitCode());
    }

    @Test
    void helpListsTheOptions() {
        SimulationCliRun run = SimulationCliRun.of("simulate", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--scenario FILE"), run.out());
        assertTrue(SimulationCliRun.of("--help").out().contains("simulate --policy F --scenario F"));
    }
}
