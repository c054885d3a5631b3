package org.agentproxy.scope.privilege.ui.internal;

import org.agentproxy.ui.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agentproxy.policy.AgentTreeNode;
import org.agentproxy.policy.Grant;
import org.agentproxy.policy.UserProxyPrivilege;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;

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
                .map(g -> g ? Messages.AgentTreeRow_usersMaySetAProxy : Messages.AgentTreeRow_noUserProxy).orElse(Messages.AgentTreeRow_undecided);
        return new AgentTreeRow(indexes, names, node, effective, children);
    }

    /**
     * The row of a field path of the agent tree ({@code userProxyPrivilege.root.children[1].children[0]}), if the
     * tree has it.
     */
    static Optional<AgentTreeRow> at(List<AgentTreeRow> roots, String path) {
        Matcher steps = CHILD.matcher(path.substring(Math.min(path.length(), AgentTreeSection.TREE_ID.length())));
        AgentTreeRow row = roots.isEmpty() || !path.startsWith(AgentTreeSection.TREE_ID) ? null : roots.get(0);
        int end = 0;
        while (row != null && steps.find() && steps.start() == end) {
            int i = Integer.parseInt(steps.group(1));
            row = i < row.children().size() ? row.children().get(i) : null;
            end = steps.end();
        }
        return Optional.ofNullable(row);
    }

    private static final Pattern CHILD = Pattern.compile("\\.children\\[(\\d+)]"); //$NON-NLS-1$

    String name() {
        return String.valueOf(node.name());
    }

    String own() {
        return Labels.grant(node.grant());
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

    /** Rows are the same node when they have the same place in the tree (names may repeat, values change). */
    static final class ByPlace implements IElementComparer {

        @Override
        public boolean equals(Object a, Object b) {
            return a instanceof AgentTreeRow x && b instanceof AgentTreeRow y ? x.indexes().equals(y.indexes())
                    : java.util.Objects.equals(a, b);
        }

        @Override
        public int hashCode(Object element) {
            return element instanceof AgentTreeRow row ? row.indexes().hashCode() : element.hashCode();
        }
    }

    /** The tree's content: the input is the list holding the root row. */
    static final class Content implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object element) {
            return ((AgentTreeRow) element).children().toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return !((AgentTreeRow) element).children().isEmpty();
        }
    }

    private static <T> List<T> append(List<T> list, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.add(value);
        return List.copyOf(copy);
    }
}
