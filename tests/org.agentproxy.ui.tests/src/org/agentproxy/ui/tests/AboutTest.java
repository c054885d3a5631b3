package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.ui.tests.bots.MessageDialogBot;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

class AboutTest extends StudioTestSupport {

    @Test
    void aboutShowsTheVersion() {
        MessageDialogBot about = studio.about();

        String version = FrameworkUtil.getBundle(org.agentproxy.ui.ActivePolicy.class).getVersion().toString();
        String message = about.message();
        assertTrue(message.contains("Agent Proxy Studio"), message);
        assertTrue(message.contains("Version " + version), message);
        assertTrue(message.contains("Policy format: agentproxy-policy/1"), message);
        about.ok();
    }
}
