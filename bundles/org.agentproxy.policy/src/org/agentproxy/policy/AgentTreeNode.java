package org.agentproxy.policy;

import java.util.List;

/**
 * A node of the agent tree (root, domain or agent) with its user proxy privilege.
 *
 * @param name     display name, unique among siblings
 * @param kind     root, domain or agent
 * @param grant    the node's own setting ({@link Grant#INHERIT} to take the parent's)
 * @param children child domains or agents (agents have none)
 */
public record AgentTreeNode(String name, NodeKind kind, Grant grant, List<AgentTreeNode> children) {

    public AgentTreeNode {
        name = Values.text(name);
        kind = Values.orElse(kind, NodeKind.DOMAIN);
        grant = Values.orElse(grant, Grant.INHERIT);
        children = Values.list(children);
    }

    public static AgentTreeNode root(Grant grant, AgentTreeNode... children) {
        return new AgentTreeNode("OfficeScan Server", NodeKind.ROOT, grant, List.of(children));
    }

    public static AgentTreeNode domain(String name, Grant grant, AgentTreeNode... children) {
        return new AgentTreeNode(name, NodeKind.DOMAIN, grant, List.of(children));
    }

    public static AgentTreeNode agent(String name, Grant grant) {
        return new AgentTreeNode(name, NodeKind.AGENT, grant, List.of());
    }

    public AgentTreeNode withGrant(Grant value) {
        return new AgentTreeNode(name, kind, value, children);
    }

    public AgentTreeNode withChildren(List<AgentTreeNode> value) {
        return new AgentTreeNode(name, kind, grant, value);
    }
}
