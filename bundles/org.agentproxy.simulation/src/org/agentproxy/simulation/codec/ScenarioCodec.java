package org.agentproxy.simulation.codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agentproxy.simulation.internal.codec.JsonScenarioCodec;
import org.agentproxy.simulation.scenario.Scenario;

/**
 * Reads and writes scenarios in the versioned JSON format {@value #FORMAT}: strict like the policy format (unknown or
 * duplicate fields, wrong types and out-of-range values are errors naming the field path, the line and the reason;
 * an absent field takes its documented default). Thread-safe.
 */
public final class ScenarioCodec {

    /** The format (and its version) of scenario files: the {@code "format"} member of every file. */
    public static final String FORMAT = "agentproxy-scenario/1";

    private static final JsonScenarioCodec JSON = new JsonScenarioCodec(FORMAT);

    private ScenarioCodec() {
    }

    public static Scenario read(Path file) throws IOException {
        return JSON.read(Files.readAllBytes(file));
    }

    public static Scenario read(String json) throws ScenarioFormatException {
        return JSON.read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The scenario as pretty-printed JSON, {@code "format"} first, every default written out. */
    public static String write(Scenario scenario) {
        return JSON.write(scenario);
    }
}
