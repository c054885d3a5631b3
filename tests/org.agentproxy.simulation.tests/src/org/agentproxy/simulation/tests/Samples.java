package org.agentproxy.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.simulation.codec.ScenarioCodec;
import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.impact.InventoryReader;
import org.agentproxy.simulation.scenario.Scenario;

/** The shipped samples under {@code docs/samples}, located by the system property the test bundle's pom sets. */
final class Samples {

    private Samples() {
    }

    static Path dir() {
        String dir = System.getProperty("agentproxy.samples");
        assertNotNull(dir, "system property agentproxy.samples is not set (see the test bundle's pom.xml)");
        return Path.of(dir);
    }

    static Policy policy(String name) {
        try {
            return PolicyCodec.read(dir().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scenario scenario(String name) {
        try {
            return ScenarioCodec.read(dir().resolve("scenarios").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Inventory fleet() {
        try {
            return InventoryReader.read(dir().resolve("fleet.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
