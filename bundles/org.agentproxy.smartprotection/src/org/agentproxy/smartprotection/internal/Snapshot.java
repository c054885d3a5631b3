package org.agentproxy.smartprotection.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.agentproxy.smartprotection.FeatureProvider;
import org.agentproxy.smartprotection.SkippedDeclaration;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.eclipse.core.runtime.IConfigurationElement;

/**
 * The features at one moment: valid contributions in the order of their bundles' names (then of declaration),
 * then the providers' features (a provider that throws is logged and reported to {@code failed}); a repeated id is
 * reported and skipped. What was left out is kept in {@code skipped}
 * and passed to {@code log}.
 */
record Snapshot(Map<String, SmartProtectionFeature> features, Map<String, IConfigurationElement> elements,
        Map<String, FeatureProvider> providers, List<SkippedDeclaration> skipped) {

    static Snapshot of(IConfigurationElement[] contributions, List<FeatureProvider> providers,
            Consumer<String> log, Consumer<FeatureProvider> failed) {
        List<SkippedDeclaration> skippedList = new ArrayList<>();
        Consumer<SkippedDeclaration> skip = d -> {
            skippedList.add(d);
            log.accept(d.message());
        };
        List<IConfigurationElement> valid = new ArrayList<>();
        for (IConfigurationElement e : contributions) {
            String problem = Contributions.problem(e);
            if (problem == null) {
                valid.add(e);
            } else {
                skip.accept(new SkippedDeclaration(e.getContributor().getName(), e.getAttribute("id"), null, problem)); //$NON-NLS-1$
            }
        }
        valid.sort(Comparator.comparing(e -> e.getContributor().getName()));
        Snapshot s = new Snapshot(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), skippedList);
        for (IConfigurationElement e : valid) {
            SmartProtectionFeature f = Contributions.feature(e, skip);
            if (s.add(f, skip)) {
                s.elements.put(f.id(), e);
            }
        }
        for (FeatureProvider p : providers) {
            List<SmartProtectionFeature> provided = Contributed.call(Contributed.bundleOf(p),
                    "FeatureProvider.features()", p::features, log, () -> failed.accept(p)); //$NON-NLS-1$
            for (SmartProtectionFeature f : provided == null ? List.<SmartProtectionFeature>of() : provided) {
                if (s.add(f, skip)) {
                    s.providers.put(f.id(), p);
                }
            }
        }
        return new Snapshot(s.features, s.elements, s.providers, List.copyOf(skippedList));
    }

    private boolean add(SmartProtectionFeature f, Consumer<SkippedDeclaration> skip) {
        SmartProtectionFeature first = features.putIfAbsent(f.id(), f);
        if (first != null) {
            skip.accept(new SkippedDeclaration(f.contributor(), f.id(), null, "duplicate feature id " + f.id() //$NON-NLS-1$
                    + " (already contributed by " + first.contributor() + ", which is kept)")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return first == null;
    }
}
