package org.agentproxy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * An option given twice: a single-valued one and a comma-list one that is given once (deploy's --group, agents'
 * --server) are refused with exit 2 naming the option, before anything runs; a repeatable one (agents' --fail and
 * --detour, server's --tls-hostname) collects every occurrence.
 */
class RepeatedOptionsTest {

    private static void refused(String option, String command, String... args) {
        DeploymentCliRun run = DeploymentCliRun.of(args);

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(List.of("agentproxy " + command + ": " + option + " is given twice (see agentproxy " + command
                + " --help)"), run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void deploysGroupListIsGivenOnce() {
        refused("--group", "deploy", "deploy", "--policy", "p.json", "--server", "http://127.0.0.1:1/", "--group",
                "hq", "--group", "branch", "--token-file", "t");
        refused("--group", "deploy", "deploy", "--policy", "p.json", "--server", "http://127.0.0.1:1/",
                "--group=hq,canary", "--group=branch", "--token-file", "t");
        refused("--server", "deploy", "deploy", "--policy", "p.json", "--server", "http://127.0.0.1:1/", "--server",
                "http://127.0.0.1:2/", "--group", "hq", "--token-file", "t");
    }

    @Test
    void agentsServerListIsGivenOnceAndItsSingleValuedOptionsToo() {
        refused("--server", "agents", "agents", "--server", "http://127.0.0.1:1/", "--server", "http://127.0.0.1:2/",
                "--group", "hq", "--count", "1", "--interval", "1");
        refused("--group", "agents", "agents", "--server", "http://127.0.0.1:1/,http://127.0.0.1:2/", "--group",
                "hq", "--group", "branch", "--count", "1", "--interval", "1");
    }

    @Test
    void agentsFaultsAreRepeatable() {
        // past the repeat: the second --fail's value is checked (and refused for its own reason)
        DeploymentCliRun run = DeploymentCliRun.of("agents", "--server", "http://127.0.0.1:1/", "--group", "hq",
                "--count", "1", "--interval", "1", "--fail", "file-reputation:0.05", "--fail", "nonsense",
                "--detour", "web-reputation:0.1", "--detour", "web-reputation:0.2");

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--fail must be PURPOSE:FRACTION"), run.err());
        assertTrue(run.err().contains("\"nonsense\""), run.err());
    }
}
