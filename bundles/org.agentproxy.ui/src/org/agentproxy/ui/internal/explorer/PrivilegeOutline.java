package org.agentproxy.ui.internal.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.agentproxy.policy.AgentTreeNode;
import org.agentproxy.policy.ApplyMode;
import org.agentproxy.policy.Grant;
import org.agentproxy.policy.UserProxyPrivilege;
import org.agentproxy.ui.internal.explorer.OutlineNode.Kind;

/** The agent user proxy privilege as a tree: each node with its own and its effective setting. */
final class PrivilegeOutline {

    private PrivilegeOutline() {
    }

    static OutlineNode of(UserProxyPrivilege privilege) {
        String mode = privilege.applyMode() == ApplyMode.ALL_AGENTS ? "apply to all agents"
                : "apply to future domains only";
        return OutlineNode.group(PolicyOutline.PRIVILEGE, mode, Kind.SCOPE, "userProxyPrivilege",
                List.of(node(privilege, privilege.root(), List.of(), "userProxyPrivilege.root"),
                        OutlineNode.setting("Apply the root setting", mode, "userProxyPrivilege.applyMode")));
    }

    private static OutlineNode node(UserProxyPrivilege privilege, AgentTreeNode node, List<String> path,
            String fieldPath) {
        List<OutlineNode> children = new ArrayList<>();
        for (int i = 0; i < node.children().size(); i++) {
            AgentTreeNode child = node.children().get(i);
            List<String> childPath = new ArrayList<>(path);
            childPath.add(child.name());
            children.add(node(privilege, child, childPath, fieldPath + ".children[" + i + "]"));
        }
        String effective = privilege.isGranted(path).map(g -> g ? "users may set a proxy" : "no user proxy")
                .orElse("undecided");
        String own = node.grant() == Grant.INHERIT ? "inherits" : node.grant().name().toLowerCase(Locale.ROOT);
        String detail = own + " → " + effective;
        Kind kind = children.isEmpty() ? Kind.SETTING : Kind.GROUP;
        return OutlineNode.group(String.valueOf(node.name()), detail, kind, fieldPath, children);
    }
}
