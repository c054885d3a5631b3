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

    static final String UPDATE_WARNING = "users may configure their own proxy here: it is used only for "
            + "\"Update Now\" when automatic proxy detection is off or fails, and a wrong user proxy breaks updates";

    private PrivilegeRules() {
    }

    static void check(Problems p, UserProxyPrivilege privilege) {
        AgentTreeNode root = privilege.root();
        Problems rp = p.at("root");
        if (root.kind() != NodeKind.ROOT) {
            rp.error("kind", "the top of the agent tree must be the root, not a " + kind(root.kind()));
        }
        if (root.grant() == Grant.INHERIT) {
            rp.error("grant", "the root has no parent to inherit from: grant or deny");
        }
        children(rp, root);
        if (privilege.applyMode() == ApplyMode.ALL_AGENTS ? root.grant() == Grant.GRANTED : granted(root)) {
            p.warning("root", UPDATE_WARNING);
        }
    }

    private static void children(Problems p, AgentTreeNode node) {
        if (node.kind() == NodeKind.AGENT && !node.children().isEmpty()) {
            p.error("children", "an agent cannot contain other nodes (it has " + node.children().size() + ")");
        }
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < node.children().size(); i++) {
            AgentTreeNode child = node.children().get(i);
            Problems cp = p.at("children", i);
            if (child.kind() == NodeKind.ROOT) {
                cp.error("kind", "only the top of the agent tree can be the root");
            }
            if (child.name() == null) {
                cp.error("name", "is required");
            } else {
                Integer first = names.putIfAbsent(child.name().toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    cp.error("name", "\"" + child.name() + "\" is already used by a sibling (children[" + first
                            + "])");
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
