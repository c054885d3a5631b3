package org.agentproxy.scope.privilege.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.agentproxy.policy.AgentTreeNode;
import org.agentproxy.policy.Grant;
import org.agentproxy.policy.UserProxyPrivilege;

/**
 * A node of the agent tree as a row: where it is (child indexes from the root, names for the effective setting),
 * its own setting and its effective one.
 */
record AgentTreeRow(List<Integer> indexes, List<String> names, AgentTreeNode node, String effective,
        List<AgentTreeRow> children) {

    static AgentTreeRow rootOf(UserProxyPrivilege privilege) {
        return row(privilege, privilege.root(), List.of(), List.of());
    }

    private static AgentTreeRow row(UserProxyPrivilege privilege, AgentTreeNode node, List<Integer> indexes,
            List<String> names) {
        List<AgentTreeRow> children = new ArrayList<>();
        for (int i = 0; i < node.children().size(); i++) {
            AgentTreeNode child = node.children().get(i);
            children.add(row(privilege, child, append(indexes, i), append(names, child.name())));
        }
        String effective = privilege.isGranted(names)
                .map(g -> g ? "users may set a proxy" : "no user proxy").orElse("undecided");
        return new AgentTreeRow(indexes, names, node, effective, children);
    }

    String name() {
        return String.valueOf(node.name());
    }

    String own() {
        return node.grant() == Grant.INHERIT ? "inherit" : node.grant().name().toLowerCase(Locale.ROOT);
    }

    /** The root with this row's node set to a grant. */
    AgentTreeNode withGrant(AgentTreeNode root, Grant grant) {
        return set(root, 0, grant);
    }

    private AgentTreeNode set(AgentTreeNode node, int depth, Grant grant) {
        if (depth == indexes.size()) {
            return node.withGrant(grant);
        }
        List<AgentTreeNode> children = new ArrayList<>(node.children());
        int i = indexes.get(depth);
        children.set(i, set(children.get(i), depth + 1, grant));
        return node.withChildren(children);
    }

    private static <T> List<T> append(List<T> list, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.add(value);
        return List.copyOf(copy);
    }
}
