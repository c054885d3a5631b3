package org.agentproxy.policy.validation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.agentproxy.policy.AgentTreeNode;
import org.agentproxy.policy.ApplyMode;
import org.agentproxy.policy.Grant;
import org.agentproxy.policy.NodeKind;
import org.agentproxy.policy.UserProxyPrivilege;

/** Checks of the agent user proxy privilege and its agent tree. */
final class PrivilegeRules {

    private PrivilegeRules() {
    }

    static void check(Problems p, UserProxyPrivilege privilege) {
        AgentTreeNode root = privilege.root();
        Problems rp = p.at("root");
        if (root.kind() != NodeKind.ROOT) {
            rp.error("kind", Messages.bind(Messages.PrivilegeRules_rootKind, kind(root.kind())));
        }
        if (root.grant() == Grant.INHERIT) {
            rp.error("grant", Messages.PrivilegeRules_rootInherits);
        }
        children(rp, root);
        if (privilege.applyMode() == ApplyMode.ALL_AGENTS ? root.grant() == Grant.GRANTED : granted(root)) {
            p.warning("root", Messages.PrivilegeRules_updateWarning);
        }
    }

    private static void children(Problems p, AgentTreeNode node) {
        if (node.kind() == NodeKind.AGENT && !node.children().isEmpty()) {
            p.error("children", Messages.bind(Messages.PrivilegeRules_agentChildren, node.children().size()));
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < node.children().size(); i++) {
            AgentTreeNode child = node.children().get(i);
            Problems cp = p.at("children", i);
            if (child.kind() == NodeKind.ROOT) {
                cp.error("kind", Messages.PrivilegeRules_onlyTopIsRoot);
            }
            if (child.name() == null) {
                cp.error("name", Messages.Rules_required);
            } else {
                Integer first = names.putIfAbsent(child.name().toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    cp.error("name", Messages.bind(Messages.PrivilegeRules_nameUsed, child.name(), first));
                }
            }
            children(cp, child);
        }
    }

    private static boolean granted(AgentTreeNode node) {
        return node.grant() == Grant.GRANTED || node.children().stream().anyMatch(PrivilegeRules::granted);
    }

    private static String kind(NodeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
