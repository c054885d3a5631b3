package org.agentproxy.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.policy.BuiltInFeatures;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.junit.jupiter.api.Test;

/** Global Smart Protection Service page: the proxy, the features it routes, the HTTPS check. */
class GlobalSmartProtectionEditorTest extends EditorTestSupport {

    private static final String PAGE = "Global Smart Protection Service";

    @Test
    void theProxyAndTheFeatureRoutingAreSavedAndBack() throws Exception {
        ScopePageBot page = editor.page(PAGE);
        page.set("globalSmartProtection.proxy.host", "gsps-proxy.corp.example")
                .set("globalSmartProtection.proxy.port", "3129");
        assertEquals("Behavior Monitoring   (behavior-monitoring)", page.table("globalSmartProtection.features")
                .cell(1, 0));
        page.table("globalSmartProtection.features").toggleCheck(1);
        assertFalse(page.table("globalSmartProtection.features").isChecked(1));

        editor.save();
        ScopePageBot reopened = closeAndReopen().page(PAGE);

        assertEquals("gsps-proxy.corp.example", reopened.text("globalSmartProtection.proxy.host").getText());
        assertEquals(3129, onDisk().globalSmartProtection().proxy().port());
        assertFalse(reopened.table("globalSmartProtection.features").isChecked(1));
        assertFalse(onDisk().globalSmartProtection().features().get(BuiltInFeatures.BEHAVIOR_MONITORING)
                .useGlobalProxy());
        assertTrue(onDisk().globalSmartProtection().features().get(BuiltInFeatures.PREDICTIVE_MACHINE_LEARNING)
                .useGlobalProxy());
    }

    @Test
    void theHttpsCheckSaysWhetherEveryFileReputationSourceUsesHttps() {
        ScopePageBot page = editor.page(PAGE);

        String check = studio.bot().labelWithId("globalSmartProtection.httpsCheck").getText();

        assertEquals("all 5 file-reputation sources use HTTPS", check);
        assertFalse(page.status("org.agentproxy.scope.smartprotection.page").startsWith("Not applied"));
    }
}
