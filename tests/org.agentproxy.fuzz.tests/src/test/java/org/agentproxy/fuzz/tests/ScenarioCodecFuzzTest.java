package org.agentproxy.fuzz.tests;

import java.nio.charset.StandardCharsets;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.codec.ScenarioCodec;
import org.agentproxy.simulation.codec.ScenarioFormatException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The scenario codec ({@code agentproxy-scenario/1}) on any text: a scenario or a ScenarioFormatException. */
class ScenarioCodecFuzzTest {

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void readsAnyTextOrSaysWhy(byte[] bytes) throws ScenarioFormatException {
        String input = new String(bytes, StandardCharsets.UTF_8);
        Scenario scenario;
        try {
            scenario = ScenarioCodec.read(input);
        } catch (ScenarioFormatException expected) {
            Fuzzing.checkMessage(expected);
            return;
        }
        assertEquals(scenario, ScenarioCodec.read(ScenarioCodec.write(scenario)), "a scenario read writes back the same");
    }
}
