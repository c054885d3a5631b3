package org.agentproxy.simulation;

import java.util.List;
import java.util.NoSuchElementException;

import org.agentproxy.simulation.scenario.Scenario;

/**
 * What the path engine found for one agent: its location and the path of every purpose.
 *
 * @param policyName the simulated policy's name
 * @param scenario   the scenario simulated
 * @param location   the location decision (R0)
 * @param purposes   one report per purpose: the built-in ones in {@link Purposes#BUILT_IN} order (Predictive Machine
 *                   Learning and Behavior Monitoring when the catalogue holds them), then the catalogue's other
 *                   features in its order
 * @param skipped    the policy's features the simulation does not route (plug-in not installed), in the policy's
 *                   order
 * @param warnings   what the scenario says that the simulation does not use, with its field path, e.g.
 *                   {@code world.hosts."sps9.corp.example": the policy names no such host, so the entry is not used}
 */
public record SimulationReport(String policyName, Scenario scenario, LocationReport location,
        List<PurposeReport> purposes, List<SkippedFeature> skipped, List<String> warnings) {

    public SimulationReport {
        purposes = List.copyOf(purposes);
        skipped = skipped == null ? List.of() : List.copyOf(skipped);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A report without warnings. */
    public SimulationReport(String policyName, Scenario scenario, LocationReport location,
            List<PurposeReport> purposes, List<SkippedFeature> skipped) {
        this(policyName, scenario, location, purposes, skipped, List.of());
    }

    /** A report that skips no feature. */
    public SimulationReport(String policyName, Scenario scenario, LocationReport location,
            List<PurposeReport> purposes) {
        this(policyName, scenario, location, purposes, List.of(), List.of());
    }

    /** The report of a purpose by name. */
    public PurposeReport purpose(String name) {
        return purposes.stream().filter(p -> p.purpose().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no purpose \"" + name + "\""));
    }
}
