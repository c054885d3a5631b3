package org.agentproxy.simulation.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.simulation.SkippedFeature;

/**
 * The features one simulation routes, in report order: Predictive Machine Learning and Behavior Monitoring in their
 * {@link Purposes#BUILT_IN} places, then the others in the catalogue's order. A feature whose purpose another purpose
 * already has is skipped with that reason, as is every feature of the policy missing from the catalogue.
 */
public record Catalogue(List<String> purposes, Map<String, SimulatedFeature> byPurpose,
        List<SkippedFeature> conflicts) {

    public static Catalogue of(List<SimulatedFeature> features) {
        Map<String, SimulatedFeature> byPurpose = new LinkedHashMap<>();
        List<SkippedFeature> conflicts = new ArrayList<>();
        for (SimulatedFeature f : features) {
            SimulatedFeature first = byPurpose.get(f.purpose());
            boolean builtInPurpose = Purposes.BUILT_IN.contains(f.purpose()) && !Purposes.FEATURES.contains(f.purpose());
            if (first != null || builtInPurpose) {
                conflicts.add(new SkippedFeature(f.id(), Messages.bind(Messages.Catalogue_notSimulated, f.purpose(),
                        first == null ? Messages.Catalogue_builtInPurpose : first.name())));
            } else {
                byPurpose.put(f.purpose(), f);
            }
        }
        List<String> purposes = new ArrayList<>();
        for (String p : Purposes.BUILT_IN) {
            if (!Purposes.FEATURES.contains(p) || byPurpose.containsKey(p)) {
                purposes.add(p);
            }
        }
        byPurpose.keySet().stream().filter(p -> !Purposes.BUILT_IN.contains(p)).forEach(purposes::add);
        return new Catalogue(List.copyOf(purposes), Map.copyOf(byPurpose), List.copyOf(conflicts));
    }

    /** The features a policy has settings for that this catalogue does not route, then the conflicts. */
    public List<SkippedFeature> skipped(Policy policy) {
        List<SkippedFeature> skipped = new ArrayList<>();
        for (String id : policy.globalSmartProtection().features().keySet()) {
            boolean routed = byPurpose.values().stream().anyMatch(f -> f.id().equals(id));
            boolean conflict = conflicts.stream().anyMatch(c -> c.id().equals(id));
            if (!routed && !conflict) {
                skipped.add(new SkippedFeature(id, SkippedFeature.NOT_INSTALLED));
            }
        }
        skipped.addAll(conflicts);
        return skipped;
    }
}
