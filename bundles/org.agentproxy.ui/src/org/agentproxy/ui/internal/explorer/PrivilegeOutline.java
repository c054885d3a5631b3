package org.agentproxy.ui.internal.explorer;

import org.eclipse.osgi.util.NLS;
import org.agentproxy.ui.Labels;
import java.util.ArrayList;
import java.util.List;

import org.agentproxy.policy.AgentTreeNode;
import org.agentproxy.policy.UserProxyPrivilege;
import org.agentproxy.ui.internal.explorer.OutlineNode.Kind;

/** The agent user proxy privilege as a tree: each node with its own and its effective setting. */
final class PrivilegeOutline {

    private PrivilegeOutline() {
    }

    static OutlineNode of(UserProxyPrivilege privilege) {
        String mode = Labels.applyMode(privilege.applyMode());
        return OutlineNode.group(Messages.PolicyOutline_agentUserProxyPrivilege, mode, Kind.SCOPE, "userProxyPrivilege", //$NON-NLS-1$
                List.of(node(privilege, privilege.root(), List.of(), "userProxyPrivilege.root"), //$NON-NLS-1$
                        OutlineNode.setting(Messages.PrivilegeOutline_applyTheRootSetting, mode, "userProxyPrivilege.applyMode"))); //$NON-NLS-1$
    }

    private static OutlineNode node(UserProxyPrivilege privilege, AgentTreeNode node, List<String> path,
            String fieldPath) {
        List<OutlineNode> children = new ArrayList<>();
        for (int i = 0; i < node.children().size(); i++) {
            AgentTreeNode child = node.children().get(i);
            List<String> childPath = new ArrayList<>(path);
            childPath.add(child.name());
            children.add(node(privilege, child, childPath, fieldPath + ".children[" + i + "]")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String effective = privilege.isGranted(path).map(g -> g ? Messages.PrivilegeOutline_usersMaySetAProxy : Messages.PrivilegeOutline_noUserProxy)
                .orElse(Messages.PrivilegeOutline_undecided);
        String detail = NLS.bind(Messages.PrivilegeOutline_ownThenEffective, Labels.grant(node.grant()), effective);
        Kind kind = children.isEmpty() ? Kind.SETTING : Kind.GROUP;
        return OutlineNode.group(String.valueOf(node.name()), detail, kind, fieldPath, children);
    }
}
