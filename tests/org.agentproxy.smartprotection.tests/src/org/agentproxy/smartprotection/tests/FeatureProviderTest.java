package org.agentproxy.smartprotection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.agentproxy.policy.BuiltInFeatures;
import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.smartprotection.FeatureProvider;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.smartprotection.Routing;
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.agentproxy.smartprotection.internal.ExtensionFeatureRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The programmatic alternative: features of FeatureProvider services join the registry while registered. */
class FeatureProviderTest {

    static final SmartProtectionFeature SANDBOX = new SmartProtectionFeature("provided-sandbox", "Provided Sandbox",
            "Submits samples to a sandbox.", null, "sandbox-submission", Routing.GLOBAL_PROXY, true, "a provider");

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final ExtensionFeatureRegistry registry = new ExtensionFeatureRegistry(RegistryFactory.getRegistry(),
            log::add);

    @AfterEach
    void dispose() {
        registry.dispose();
    }

    @Test
    void aProvidersFeaturesComeAfterTheContributionsWhileItIsAdded() {
        AtomicInteger changes = new AtomicInteger();
        registry.addChangeListener(changes::incrementAndGet);
        FeatureProvider provider = () -> List.of(SANDBOX);

        registry.addProvider(provider);
        assertEquals(SANDBOX, registry.features().getLast());
        registry.removeProvider(provider);

        assertTrue(registry.feature(SANDBOX.id()).isEmpty());
        assertEquals(2, changes.get());
    }

    @Test
    void aProviderRepeatingAContributedIdIsSkippedAndLogged() {
        SmartProtectionFeature copy = new SmartProtectionFeature(BuiltInFeatures.BEHAVIOR_MONITORING, "Copy", "",
                null, null, Routing.SPS_LISTS, false, "a provider");
        registry.addProvider(() -> List.of(copy));

        assertEquals("Behavior Monitoring", registry.feature(BuiltInFeatures.BEHAVIOR_MONITORING).orElseThrow().name());
        assertTrue(log.stream().anyMatch(m -> m.contains("contributed by a provider")), log.toString());
    }

    @Test
    void aProviderValidatesItsOwnFeatures() {
        registry.addProvider(new FeatureProvider() {
            @Override
            public List<SmartProtectionFeature> features() {
                return List.of(SANDBOX);
            }

            @Override
            public List<String> validate(String featureId, FeatureSettings settings) {
                return settings.useGlobalProxy() ? List.of() : List.of("the sandbox needs the global proxy");
            }
        });

        assertEquals(List.of("the sandbox needs the global proxy"),
                registry.validate(SANDBOX.id(), new FeatureSettings(false, Map.of())));
    }

    @Test
    void theStudiosRegistryFollowsProviderServices() {
        var context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        FeatureProvider provider = () -> List.of(SANDBOX);

        ServiceRegistration<FeatureProvider> registration = context.registerService(FeatureProvider.class, provider,
                null);
        assertTrue(FeatureRegistry.platform().feature(SANDBOX.id()).isPresent());
        registration.unregister();

        assertTrue(FeatureRegistry.platform().feature(SANDBOX.id()).isEmpty());
        assertTrue(FeatureRegistry.platform().feature(BuiltInFeatures.PREDICTIVE_MACHINE_LEARNING).isPresent());
    }

    @Test
    void theStudiosRegistryIsTheFeatureRegistryServiceOfDeclarativeServices() {
        var context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        var reference = context.getServiceReference(FeatureRegistry.class);
        assertTrue(reference != null, "no FeatureRegistry service");
        try {
            assertTrue(context.getService(reference) == FeatureRegistry.platform(), "platform() is not the service");
            assertEquals("org.agentproxy.smartprotection.internal.ExtensionFeatureRegistry",
                    reference.getProperty("component.name"));
        } finally {
            context.ungetService(reference);
        }
    }
}
