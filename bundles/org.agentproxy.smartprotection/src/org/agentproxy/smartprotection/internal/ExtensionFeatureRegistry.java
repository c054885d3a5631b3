package org.agentproxy.smartprotection.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@link FeatureRegistry} over one extension registry and the providers added to it. Reads the contributions
 * when first asked, and again after the registry reports added or removed extensions; validation classes are
 * created when first needed.
 * <p>
 * In the product it is the {@code FeatureRegistry} OSGi service: a delayed Declarative Services component over the
 * platform's {@link IExtensionRegistry} service, with a dynamic reference to every {@link FeatureProvider} (bound
 * and unbound as plug-ins come and go), disposed by SCR when its bundle stops.
 */
@Component(service = FeatureRegistry.class, immediate = false)
public final class ExtensionFeatureRegistry implements FeatureRegistry, IRegistryEventListener {

    public static final String POINT = "org.agentproxy.smartprotection.features"; //$NON-NLS-1$

    private final IExtensionRegistry registry;
    private final Consumer<String> log;
    private final List<FeatureProvider> providers = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, FeatureValidator> validators = new ConcurrentHashMap<>();
    /** Features whose own validation threw: skipped until the contributions change (a bundle comes or goes). */
    private final Set<String> failedValidation = ConcurrentHashMap.newKeySet();
    /** Providers whose {@code features()} threw: left out until they are registered again. */
    private final Set<FeatureProvider> failedProviders = ConcurrentHashMap.newKeySet();
    private Snapshot snapshot;

    /** A registry over {@code registry} that logs skipped contributions to {@code log}; follows it until {@link #dispose()}. */
    public ExtensionFeatureRegistry(IExtensionRegistry registry, Consumer<String> log) {
        this.registry = registry;
        this.log = log;
        registry.addListener(this, POINT);
    }

    /** A registry that logs skipped contributions to the Eclipse log (the DS component's constructor). */
    @Activate
    public ExtensionFeatureRegistry(@Reference(name = "extensionRegistry") IExtensionRegistry registry) {
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
        problems.addAll(ownValidation(s, feature, withDefaults(feature, settings)));
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

    /**
     * The feature's own validation, called through {@link Contributed}: a validator or provider that throws (or
     * returns {@code null}) is logged with its bundle and not called again until the contributions change.
     */
    private List<String> ownValidation(Snapshot s, SmartProtectionFeature feature, FeatureSettings settings) {
        String featureId = feature.id();
        if (failedValidation.contains(featureId)) {
            return List.of();
        }
        FeatureProvider provider = s.providers().get(featureId);
        IConfigurationElement element = s.elements().get(featureId);
        if (provider == null && (element == null || element.getAttribute("class") == null)) { //$NON-NLS-1$
            return List.of();
        }
        List<String> problems = Contributed.call(feature.contributor(), "the validation of the feature " + featureId, //$NON-NLS-1$
                () -> provider != null ? provider.validate(featureId, settings)
                        : validators.computeIfAbsent(featureId, id -> Validators.create(element, log))
                                .validate(settings),
                log, () -> failedValidation.add(featureId));
        return problems == null ? List.of() : problems;
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeProvider")
    public void addProvider(FeatureProvider provider) {
        providers.add(provider);
        changed();
    }

    public void removeProvider(FeatureProvider provider) {
        providers.remove(provider);
        failedProviders.remove(provider);
        changed();
    }

    /** Stops following the extension registry. */
    @Deactivate
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
            List<FeatureProvider> working = providers.stream().filter(p -> !failedProviders.contains(p)).toList();
            snapshot = Snapshot.of(registry.getConfigurationElementsFor(POINT), working, log, failedProviders::add);
        }
        return snapshot;
    }

    private void changed() {
        synchronized (this) {
            snapshot = null;
            validators.clear();
            failedValidation.clear();
        }
        for (Runnable listener : listeners) {
            Contributed.run(Contributed.bundleOf(listener), "a change listener of the feature registry", listener, //$NON-NLS-1$
                    log, () -> listeners.remove(listener));
        }
    }
}
