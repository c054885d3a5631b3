package org.agentproxy.policy.store.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.policy.store.secrets.SecretStore;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The secure-storage secret store is a DS service, and getting it does not open secure storage. */
class SecretStoreServiceTest {

    @Test
    void theSecretStoreIsADeclarativeServiceThatOpensNothingUntilUsed() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(SecretStoreServiceTest.class).getBundleContext();
        for (Bundle b : context.getBundles()) {
            if ("org.agentproxy.policy.store".equals(b.getSymbolicName())) {
                b.start(Bundle.START_TRANSIENT);   // lazy: as the first class load would
            }
        }
        ServiceTracker<SecretStore, SecretStore> tracker = new ServiceTracker<>(context, SecretStore.class, null);
        tracker.open();
        try {
            SecretStore store = tracker.waitForService(30_000);
            assertNotNull(store, "no SecretStore service (is org.apache.felix.scr started?)");
            assertTrue(store.toString().contains("not opened"), store.toString());
        } finally {
            tracker.close();
        }
    }
}
