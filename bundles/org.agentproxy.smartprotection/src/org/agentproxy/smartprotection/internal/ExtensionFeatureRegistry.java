package org.agentproxy.smartprotection.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.FeatureProvider;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.smartprotection.FeatureValidator;
import org.agentproxy.smartprotection.SkippedDeclaration;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;

/**
 * {@link FeatureRegistry} over one extension registry and the providers added to it. Reads the contributions
 * when first asked, and again after the registry reports added or removed extensions; validation classes are
 * created when first needed.
 */
public final class ExtensionFeatureRegistry implements FeatureRegistry, IRegistryEventListener {

    public static final String POINT = "org.agentproxy.smartprotection.features";

    private final IExtensionRegistry registry;
    private final Consumer<String> log;
    private final List<FeatureProvider> providers = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, FeatureValidator> validators = new ConcurrentHashMap<>();
    private Snapshot snapshot;

    /** A registry over {@code registry} that logs skipped contributions to {@code log}; follows it until {@link #dispose()}. */
    public ExtensionFeatureRegistry(IExtensionRegistry registry, Consumer<String> log) {
        this.registry = registry;
        this.log = log;
        registry.addListener(this, POINT);
    }

    /** A registry that logs skipped contributions to the Eclipse log. */
    public ExtensionFeatureRegistry(IExtensionRegistry registry) {
        this(registry, message -> ILog.of(ExtensionFeatureRegistry.class).warn(message));
    }

    @Override
    public List<SmartProtectionFeature> features() {
        return List.copyOf(snapshot().features().values());
    }

    @Override
    public Optional<SmartProtectionFeature> feature(String id) {
        return Optional.ofNullable(snapshot().features().get(id));
    }

    @Override
    public List<String> validate(String featureId, FeatureSettings settings) {
        Snapshot s = snapshot();
        SmartProtectionFeature feature = s.features().get(featureId);
        if (feature == null) {
            return List.of();
        }
        List<String> problems = new ArrayList<>(feature.checkProperties(settings.properties()));
        problems.addAll(ownValidation(s, featureId, withDefaults(feature, settings)));
        return List.copyOf(problems);
    }

    @Override
    public List<SkippedDeclaration> skipped() {
        return snapshot().skipped();
    }

    /** The settings with each declared setting the policy does not set at its declared default. */
    private static FeatureSettings withDefaults(SmartProtectionFeature feature, FeatureSettings settings) {
        Map<String, String> properties = new LinkedHashMap<>(settings.properties());
        feature.settings().stream().filter(d -> d.defaultValue() != null)
                .forEach(d -> properties.putIfAbsent(d.id(), d.defaultValue()));
        return properties.size() == settings.properties().size() ? settings
                : new FeatureSettings(settings.useGlobalProxy(), properties);
    }

    private List<String> ownValidation(Snapshot s, String featureId, FeatureSettings settings) {
        FeatureProvider provider = s.providers().get(featureId);
        if (provider != null) {
            return provider.validate(featureId, settings);
        }
        IConfigurationElement element = s.elements().get(featureId);
        if (element == null || element.getAttribute("class") == null) {
            return List.of();
        }
        return validators.computeIfAbsent(featureId, id -> Validators.create(element, log)).validate(settings);
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    public void addProvider(FeatureProvider provider) {
        providers.add(provider);
        changed();
    }

    public void removeProvider(FeatureProvider provider) {
        providers.remove(provider);
        changed();
    }

    /** Stops following the extension registry. */
    public void dispose() {
        registry.removeListener(this);
    }

    @Override
    public void added(IExtension[] extensions) {
        changed();
    }

    @Override
    public void removed(IExtension[] extensions) {
        changed();
    }

    @Override
    public void added(IExtensionPoint[] points) {
        changed();
    }

    @Override
    public void removed(IExtensionPoint[] points) {
        changed();
    }

    private synchronized Snapshot snapshot() {
        if (snapshot == null) {
            snapshot = Snapshot.of(registry.getConfigurationElementsFor(POINT), List.copyOf(providers), log);
        }
        return snapshot;
    }

    private void changed() {
        synchronized (this) {
            snapshot = null;
            validators.clear();
        }
        listeners.forEach(Runnable::run);
    }
}
