package org.agentproxy.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.agentproxy.cli.Cli;
import org.agentproxy.cli.ImpactCommand;
import org.agentproxy.cli.SimulateCommand;

/** One run of {@code agentproxy simulate} or {@code impact} with captured output, and the shipped samples. */
record SimulationCliRun(int exitCode, String out, String err) {

    static final Path SAMPLES = Path.of(System.getProperty("agentproxy.samples"));
    static final String POLICY = SAMPLES.resolve("sample-policy.json").toString();
    static final String NEXT = SAMPLES.resolve("sample-policy-next.json").toString();
    static final String FLEET = SAMPLES.resolve("fleet.csv").toString();

    static String scenario(String name) {
        return SAMPLES.resolve("scenarios").resolve(name).toString();
    }

    static SimulationCliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli("9.9.9.test", List.of(new SimulateCommand(), new ImpactCommand()));
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = cli.run(List.of(args), o, e);
        }
        return new SimulationCliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
