package org.agentproxy.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The engine as a whole: every purpose reported, each attempt citing a rule, a pure function. */
class PathEngineTest {

    private static final Policy SAMPLE = Samples.policy("sample-policy.json");
    private static final Scenario INTERNAL = Samples.scenario("internal-agent.json");

    @Test
    void everyBuiltInPurposeIsReportedInOrder() {
        SimulationReport r = PathEngine.simulate(SAMPLE, INTERNAL);

        assertEquals(Purposes.BUILT_IN, r.purposes().stream().map(PurposeReport::purpose).toList());
        assertEquals("Headquarters", r.policyName());
    }

    @Test
    void everyAttemptCitesARuleWithAnExplanation() {
        SimulationReport r = PathEngine.simulate(SAMPLE, INTERNAL);

        r.purposes().forEach(p -> p.attempts().forEach(a -> {
            assertNotNull(a.rule(), p.purpose());
            assertEquals(true, a.explanation().endsWith("."), a.explanation());
        }));
        assertEquals(true, r.location().explanation().endsWith("."));
    }

    // "The engine is a pure function: no I/O, no global state, thread-safe."
    @Test
    void theSameInputGivesTheSameReportOnEveryThread() throws Exception {
        SimulationReport expected = PathEngine.simulate(SAMPLE, INTERNAL);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SimulationReport>> runs = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                Scenario s = i % 2 == 0 ? INTERNAL : Samples.scenario("ipv6-only-agent.json");
                runs.add(pool.submit(() -> PathEngine.simulate(SAMPLE, s)));
            }
            for (int i = 0; i < runs.size(); i++) {
                SimulationReport r = runs.get(i).get();
                if (i % 2 == 0) {
                    assertEquals(expected, r);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
