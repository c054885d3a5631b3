package org.agentproxy.smartprotection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.agentproxy.smartprotection.SmartProtectionFeature;
import org.agentproxy.smartprotection.internal.ExtensionFeatureRegistry;
import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bundles coming and going: contributions added to and removed from a private extension registry (its master
 * token allows both) reach the feature registry through its registry listener.
 */
class DynamicContributionTest {

    private static final String SANDBOX = """
            <plugin><extension id="sandbox" point="org.agentproxy.smartprotection.features">
              <feature id="sandbox-analysis" name="Sandbox Analysis" routing="global-proxy"/>
            </extension></plugin>""";

    private final Object master = new Object();
    private final IExtensionRegistry extensions = RegistryFactory.createRegistry(null, master, null);
    private final ExtensionFeatureRegistry registry;
    private final Semaphore changes = new Semaphore(0);

    DynamicContributionTest() {
        contribute("org.agentproxy.smartprotection",
                "<plugin><extension-point id=\"features\" name=\"Smart Protection Features\"/></plugin>");
        registry = new ExtensionFeatureRegistry(extensions, message -> { });
        registry.addChangeListener(changes::release);
    }

    @AfterEach
    void dispose() {
        registry.dispose();
        extensions.stop(master);
    }

    @Test
    void aFeatureArrivesWithItsBundleAndLeavesWithIt() throws InterruptedException {
        assertEquals(List.of(), ids());

        contribute("com.example.sandbox", SANDBOX);
        awaitChange();
        assertEquals(List.of("sandbox-analysis"), ids());

        extensions.removeExtension(extensions.getExtension("com.example.sandbox.sandbox"), master);
        awaitChange();
        assertEquals(List.of(), ids());
    }

    private List<String> ids() {
        return registry.features().stream().map(SmartProtectionFeature::id).toList();
    }

    /** Waits for the registry's change event (the extension registry may deliver it on its own thread). */
    private void awaitChange() throws InterruptedException {
        assertTrue(changes.tryAcquire(30, TimeUnit.SECONDS), "no change event from the extension registry");
    }

    private void contribute(String bundle, String xml) {
        assertTrue(extensions.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                ContributorFactorySimple.createContributor(bundle), false, bundle, null, master));
    }
}
