package org.agentproxy.example.sandbox.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.cli.Cli;
import org.agentproxy.cli.FeaturesCommand;
import org.agentproxy.cli.SimulateCommand;
import org.agentproxy.cli.ValidateCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Once installed, the example shows up in the command line: features, simulate (with its purpose) and validate. */
class SandboxCliTest {

    private static final Path SAMPLES = Path.of(System.getProperty("agentproxy.samples"));
    private static final String POLICY = SAMPLES.resolve("sample-policy.json").toString();
    private static final String INTERNAL = SAMPLES.resolve("scenarios/internal-agent.json").toString();

    @TempDir
    Path dir;

    private static String[] run(int expectedExit, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli("9.9.9.test", List.of(new FeaturesCommand(), new SimulateCommand(), new ValidateCommand()));
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = cli.run(List.of(args), o, e);
        }
        String[] result = { out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) };
        assertEquals(expectedExit, code, result[0] + result[1]);
        return result;
    }

    @Test
    void featuresListsTheExample() {
        String out = run(0, "features")[0];

        assertTrue(out.lines().anyMatch(l -> l.matches("sandbox-analysis +Sandbox Analysis +sandbox-submission +"
                + "global-proxy +yes +org\\.agentproxy\\.example\\.sandbox")), out);
    }

    @Test
    void simulateRoutesItsPurposeThroughTheGlobalProxy() {
        String out = run(0, "simulate", "--policy", POLICY, "--scenario", INTERNAL)[0];

        assertTrue(out.lines().anyMatch(l -> l.startsWith("sandbox-submission: ok, smart-protection-network via "
                + "global-sps (proxy.corp.example:8080)")), out);
        assertTrue(out.contains("[R5] Sandbox Analysis queries the integrated SPS"), out);
    }

    @Test
    void validateChecksItsSettings() throws Exception {
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, Files.readString(Path.of(POLICY)).replace("\"features\" : {", """
                "features" : {
                  "sandbox-analysis" : {"useGlobalProxy" : true, "properties" : {"maxSampleSizeMb" : "0"}},"""));

        String out = run(2, "validate", "--quiet", policy.toString())[0];

        assertTrue(out.lines().anyMatch(l -> l.equals(policy + ": globalSmartProtection.features.sandbox-analysis"
                + ".properties.maxSampleSizeMb: must be a whole number from 1 to 100, not \"0\"")), out);
    }
}
