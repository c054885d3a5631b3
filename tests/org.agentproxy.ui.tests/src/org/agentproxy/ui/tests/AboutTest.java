package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.policy.internal.product.ProductVersion;
import org.agentproxy.ui.tests.bots.MessageDialogBot;
import org.junit.jupiter.api.Test;

class AboutTest extends StudioTestSupport {

    @Test
    void aboutShowsTheVersion() {
        MessageDialogBot about = studio.about();

        // the product's version, the one `agentproxy --version` prints (ProductVersionTest), not the UI bundle's
        String version = ProductVersion.get();
        String message = about.message();
        assertTrue(message.contains("Agent Proxy Studio"), message);
        assertTrue(message.contains("Version " + version), message);
        assertTrue(message.contains("Policy format: agentproxy-policy/1"), message);
        about.ok();
    }
}
