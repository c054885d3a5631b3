package org.agentproxy.ui.tests;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** Forgets the policy servers earlier tests configured, so that a test starts from a studio with none. */
final class DeployTestServers {

    private DeployTestServers() {
    }

    static void clear() throws BackingStoreException {
        var node = InstanceScope.INSTANCE.getNode("org.agentproxy.deployment.ui");
        if (node.nodeExists("servers")) {
            node.node("servers").removeNode();
        }
        node.remove("impact.inventory");
        node.flush();
    }
}
