package org.agentproxy.policy;

import java.util.List;
import java.util.Optional;

/**
 * The agent user proxy privilege over the agent tree: may users configure their own proxy? A user-configured
 * proxy is used only for "Update Now", and only when users disable, or the agent cannot detect, automatic proxy
 * settings. Wrong user settings break updates.
 *
 * @param applyMode how the root's setting applies
 * @param root      the agent tree
 */
public record UserProxyPrivilege(ApplyMode applyMode, AgentTreeNode root) {

    public static final UserProxyPrivilege DEFAULT = new UserProxyPrivilege(ApplyMode.ALL_AGENTS,
            AgentTreeNode.root(Grant.DENIED));

    public UserProxyPrivilege {
        applyMode = Values.orElse(applyMode, ApplyMode.ALL_AGENTS);
        root = Values.orElse(root, AgentTreeNode.root(Grant.DENIED));
    }

    /**
     * The effective privilege of the node at a path of names below the root (empty path: the root). With
     * {@link ApplyMode#ALL_AGENTS} the root's setting wins everywhere; otherwise the nearest explicit setting on
     * the way up wins. A domain not in the tree (a future domain) gets the root's setting.
     *
     * @return whether users there may configure a proxy; empty if the root itself only inherits (invalid)
     */
    public Optional<Boolean> isGranted(List<String> path) {
        Grant rootGrant = root.grant();
        if (applyMode == ApplyMode.ALL_AGENTS || rootGrant == Grant.INHERIT) {
            return decide(rootGrant);
        }
        Grant effective = rootGrant;
        AgentTreeNode node = root;
        for (String name : path) {
            node = child(node, name);
            if (node == null) {
                break;
            }
            if (node.grant() != Grant.INHERIT) {
                effective = node.grant();
            }
        }
        return decide(effective);
    }

    private static AgentTreeNode child(AgentTreeNode node, String name) {
        for (AgentTreeNode c : node.children()) {
            if (c.name() != null && c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }

    private static Optional<Boolean> decide(Grant grant) {
        return grant == Grant.INHERIT ? Optional.empty() : Optional.of(grant == Grant.GRANTED);
    }

    public UserProxyPrivilege withApplyMode(ApplyMode value) {
        return new UserProxyPrivilege(value, root);
    }

    public UserProxyPrivilege withRoot(AgentTreeNode value) {
        return new UserProxyPrivilege(applyMode, value);
    }
}
