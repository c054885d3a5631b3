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
import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.agentproxy.smartprotection.internal.ExtensionFeatureRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Contributed code that throws — a validation class, a provider's features or validation, a change listener — is
 * called through SafeRunner: logged with its bundle, disabled, and the registry goes on with everything else.
 */
class ThrowingContributionTest {

    private static final FeatureSettings NO_SETTINGS = new FeatureSettings(true, Map.of());

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final ExtensionFeatureRegistry registry = new ExtensionFeatureRegistry(RegistryFactory.getRegistry(),
            log::add);

    @AfterEach
    void dispose() {
        registry.dispose();
    }

    @Test
    void aValidationClassThatThrowsIsLoggedWithItsBundleAndNotCalledAgain() {
        int before = FixtureThrowingValidator.CALLS.get();

        assertEquals(List.of(), registry.validate("fixture-throwing", NO_SETTINGS));
        assertEquals(List.of(), registry.validate("fixture-throwing", NO_SETTINGS));

        assertEquals(before + 1, FixtureThrowingValidator.CALLS.get(), "a failed validator is called again");
        assertTrue(log.stream().anyMatch(m -> m.contains(FeatureRegistryTest.TESTS)
                && m.contains("IllegalStateException") && m.contains("fixture-throwing")), log.toString());
        // the other features' validation goes on
        assertEquals(List.of("Fixture Reputation needs an endpoint"),
                registry.validate("fixture-reputation", NO_SETTINGS));
    }

    @Test
    void aProviderWhoseFeaturesThrowIsLeftOutAndTheContributionsStay() {
        registry.addProvider(() -> {
            throw new IllegalStateException("fixture: no features today");
        });

        assertTrue(registry.feature(BuiltInFeatures.PREDICTIVE_MACHINE_LEARNING).isPresent());
        assertTrue(registry.feature("fixture-reputation").isPresent());
        assertTrue(log.stream().anyMatch(m -> m.contains("FeatureProvider.features()")
                && m.contains(FeatureRegistryTest.TESTS)), log.toString());
    }

    @Test
    void aProviderWhoseValidationThrowsKeepsItsFeatureWithoutItsValidation() {
        AtomicInteger calls = new AtomicInteger();
        registry.addProvider(new FeatureProvider() {
            @Override
            public List<SmartProtectionFeature> features() {
                return List.of(FeatureProviderTest.SANDBOX);
            }

            @Override
            public List<String> validate(String featureId, FeatureSettings settings) {
                calls.incrementAndGet();
                throw new UnsupportedOperationException("fixture");
            }
        });

        assertEquals(List.of(), registry.validate(FeatureProviderTest.SANDBOX.id(), NO_SETTINGS));
        assertEquals(List.of(), registry.validate(FeatureProviderTest.SANDBOX.id(), NO_SETTINGS));

        assertEquals(1, calls.get());
        assertTrue(registry.feature(FeatureProviderTest.SANDBOX.id()).isPresent());
    }

    @Test
    void aListenerThatThrowsIsRemovedAndTheOthersAreStillCalled() {
        AtomicInteger throwing = new AtomicInteger();
        AtomicInteger good = new AtomicInteger();
        registry.addChangeListener(() -> {
            throwing.incrementAndGet();
            throw new IllegalStateException("fixture: a listener with a bug");
        });
        registry.addChangeListener(good::incrementAndGet);
        FeatureProvider provider = () -> List.of(FeatureProviderTest.SANDBOX);

        registry.addProvider(provider);
        registry.removeProvider(provider);

        assertEquals(1, throwing.get());
        assertEquals(2, good.get());
        assertTrue(log.stream().anyMatch(m -> m.contains("change listener")), log.toString());
    }
}
