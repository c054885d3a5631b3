package org.agentproxy.simulation.tests;

import static org.agentproxy.simulation.tests.Fixtures.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.validation.PolicyValidator;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.Location;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.codec.ScenarioCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The scenarios under {@code docs/samples/scenarios} against the sample policy, as {@code docs/simulation.md} shows them. */
class SampleScenariosTest {

    private static final Policy SAMPLE = Samples.policy("sample-policy.json");

    static Stream<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Samples.dir().resolve("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everySampleReadsWritesBackAndSimulates(Path file) throws IOException {
        var scenario = ScenarioCodec.read(file);

        assertEquals(scenario, ScenarioCodec.read(ScenarioCodec.write(scenario)));
        assertEquals(PathEngine.purposes(SAMPLE), PathEngine.simulate(SAMPLE, scenario).purposes().stream()
                .map(p -> p.purpose()).toList());
    }

    @Test
    void theNextSamplePolicyIsValid() {
        assertFalse(PolicyValidator.validate(Samples.policy("sample-policy-next.json")).stream()
                .anyMatch(p -> p.isError()));
    }

    // The internal sample: integrated SPS down → Smart Protection Network for PML and Behavior Monitoring
    @Test
    void internalAgent() {
        SimulationReport r = PathEngine.simulate(SAMPLE, Samples.scenario("internal-agent.json"));

        assertEquals(Location.INTERNAL, r.location().location());
        assertEquals(List.of("osce.corp.example:4345 direct failed R3", "sps1.corp.example:5275 direct failed R3",
                "sps2.corp.example:5275 direct ok R3"), steps(r, Purposes.FILE_REPUTATION));
        assertEquals(List.of("osce.corp.example:4345 direct failed R5",
                "smart-protection-network global-sps ok R5"), steps(r, Purposes.PREDICTIVE_MACHINE_LEARNING));
        assertEquals(Route.USER, r.purpose(Purposes.UPDATE_NOW).success().orElseThrow().via());
    }

    @Test
    void externalAgent() {
        SimulationReport r = PathEngine.simulate(SAMPLE, Samples.scenario("external-agent.json"));

        assertEquals(Location.EXTERNAL, r.location().location());
        assertEquals(List.of("smart-protection-network system ok R3"), steps(r, Purposes.FILE_REPUTATION));
        assertEquals(List.of("smart-protection-network system ok R4"), steps(r, Purposes.WEB_REPUTATION));
        assertEquals(Cause.UNREACHABLE, r.purpose(Purposes.CONFIGURATION).cause());
    }

    @Test
    void ipv6OnlyAgent() {
        SimulationReport r = PathEngine.simulate(SAMPLE, Samples.scenario("ipv6-only-agent.json"));

        assertEquals(List.of("osce.corp.example:4345 direct failed R3", "sps1.corp.example:5275 direct failed R7",
                "sps2.corp.example:5275 direct failed R7"), steps(r, Purposes.FILE_REPUTATION));
        assertEquals(Cause.ADDRESS_FAMILY, r.purpose(Purposes.FILE_REPUTATION).cause());
        assertEquals("ua-hq.corp.example:8080 direct failed R7", steps(r, Purposes.COMPONENT_UPDATE).get(0));
        assertEquals(List.of("osce.corp.example:4345 direct failed R5",
                "smart-protection-network global-sps ok R5"), steps(r, Purposes.BEHAVIOR_MONITORING),
                "the dual-stack Global Smart Protection Service proxy bridges the families");
    }
}
