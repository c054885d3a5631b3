package org.agentproxy.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A mistyped option or command is named, with what was probably meant, and the exit code is 2. */
class SuggestionsTest {

    @Test
    void aMistypedOptionGetsASuggestion() {
        SimulationCliRun run = SimulationCliRun.of("simulate", "--polcy", "p.json", "--scenario", "s.json");

        assertEquals(2, run.exitCode());
        assertEquals(java.util.List.of("agentproxy simulate: unknown option \"--polcy\" (see agentproxy simulate --help)",
                "did you mean --policy?"), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        SimulationCliRun run = SimulationCliRun.of("simualte", "--policy", "p.json");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("agentproxy: unknown command \"simualte\""), run.err());
        assertTrue(run.err().contains("did you mean simulate"), run.err());
    }

    @Test
    void anOptionGivenTwiceOrWithoutItsValueIsNamed() {
        assertTrue(SimulationCliRun.of("simulate", "--policy", "a", "--policy", "b", "--scenario", "s").err()
                .contains("--policy is given twice"));
        assertTrue(SimulationCliRun.of("simulate", "--scenario", "s", "--policy").err()
                .contains("--policy needs a value"));
    }

    @Test
    void theValueOfAnOptionWithEqualsIsTakenToo() {
        SimulationCliRun run = SimulationCliRun.of("simulate", "--policy=missing.json", "--scenario=s.json");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("missing.json: no such file"), run.err());
    }
}
