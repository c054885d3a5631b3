package org.agentproxy.ui.tests;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.Map;

import org.agentproxy.policy.store.PolicyWorkspace;
import org.agentproxy.policy.store.secrets.InMemorySecretStore;
import org.agentproxy.policy.store.secrets.SecretStore;
import org.agentproxy.testing.bot.ScreenshotOnFailure;
import org.agentproxy.ui.tests.bots.StudioBot;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * Base of the studio's UI tests: the real application, a scripted answer to the native file dialog, a screenshot
 * of the screen when a test fails, and the sample policy open before each test.
 */
abstract class StudioTestSupport {

    @RegisterExtension
    static final ScreenshotOnFailure SCREENSHOTS = new ScreenshotOnFailure(
            () -> PlatformUI.getWorkbench().getDisplay());

    static ScriptedFileChooser chooser;
    /** Passwords go here, not to the user's secure storage (a higher-ranked SecretStore service). */
    static final InMemorySecretStore SECRETS = new InMemorySecretStore();
    private static ServiceRegistration<SecretStore> secretsRegistration;
    StudioBot studio;

    @BeforeAll
    static void registerTestServices() {
        chooser = ScriptedFileChooser.register();
        BundleContext context = FrameworkUtil.getBundle(StudioTestSupport.class).getBundleContext();
        secretsRegistration = context.registerService(SecretStore.class, SECRETS,
                new Hashtable<>(Map.of(Constants.SERVICE_RANKING, 1000)));
    }

    @AfterAll
    static void unregisterTestServices() {
        chooser.close();
        secretsRegistration.unregister();
    }

    @BeforeEach
    void openTheSample() {
        studio = StudioBot.find();
        if (!studio.statusLine().contains(PolicyWorkspace.SAMPLE_NAME)) {
            chooser.answer(samplePath());
            studio.openPolicy(PolicyWorkspace.SAMPLE_NAME);
        }
    }

    /** The sample policy the studio put into its workspace (the instance location) on first start. */
    static Path samplePath() {
        Path workspace = Path.of(Platform.getInstanceLocation().getURL().getPath());
        return workspace.resolve("policies").resolve(PolicyWorkspace.SAMPLE_NAME);
    }
}
