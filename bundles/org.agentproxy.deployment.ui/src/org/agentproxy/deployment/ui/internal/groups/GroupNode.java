package org.agentproxy.deployment.ui.internal.groups;

import org.eclipse.osgi.util.NLS;

import org.agentproxy.deployment.GroupAdministration.Group;
import org.agentproxy.deployment.ui.internal.servers.PolicyServerEntry;

/** An agent group of a configured server, as the Policy Servers view shows it. */
public record GroupNode(PolicyServerEntry server, Group group) {

    public String name() {
        return group.name();
    }

    /** {@code hq — version 3}, or {@code hq — no policy yet}. */
    public String label() {
        return group.currentVersion() == 0 ? NLS.bind(Messages.GroupNode_noPolicyYet, group.name())
                : NLS.bind(Messages.GroupNode_version0, group.name(), group.currentVersion());
    }
}
