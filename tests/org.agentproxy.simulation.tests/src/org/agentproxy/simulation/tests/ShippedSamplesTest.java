package org.agentproxy.simulation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The simulation views ship the scenarios and the fleet of {@code docs/samples} inside their bundle (so that the
 * installed studio has them): the copies are the same files, and every documented scenario is shipped.
 */
class ShippedSamplesTest {

    private static Path shipped() {
        return Samples.dir().resolve("../../bundles/org.agentproxy.simulation.ui/samples").normalize();
    }

    @Test
    void theViewsShipEveryDocumentedScenarioUnchanged() throws IOException {
        List<String> documented = names(Samples.dir().resolve("scenarios"));
        assertEquals(documented, names(shipped().resolve("scenarios")),
                "bundles/org.agentproxy.simulation.ui/samples/scenarios must hold docs/samples/scenarios");
        for (String name : documented) {
            assertEquals(Files.readString(Samples.dir().resolve("scenarios").resolve(name)),
                    Files.readString(shipped().resolve("scenarios").resolve(name)), name + " differs from the docs");
        }
    }

    @Test
    void theViewsShipTheDocumentedFleet() throws IOException {
        assertEquals(Files.readString(Samples.dir().resolve("fleet.csv")),
                Files.readString(shipped().resolve("fleet.csv")), "fleet.csv differs from the docs");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }
}
