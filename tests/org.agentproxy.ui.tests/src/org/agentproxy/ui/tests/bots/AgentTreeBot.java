package org.agentproxy.ui.tests.bots;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.TreeBot;
import org.agentproxy.testing.bot.TreeItemBot;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The agent tree of the User Proxy Privilege page: nodes by their path of names from the root, with their own and
 * effective setting (columns 1 and 2), the Inherit / Grant / Deny buttons and the filter box above the tree.
 */
public final class AgentTreeBot {

    private static final String TREE_ID = "userProxyPrivilege.root";
    private final Bot bot;
    private final TreeBot tree;

    AgentTreeBot(Bot bot) {
        this.bot = bot;
        this.tree = bot.treeWithId(TREE_ID);
    }

    /** The node at a path of names, e.g. {@code "OfficeScan Server", "Headquarters", "hq-lab-0042"}. */
    public TreeItemBot node(String... names) {
        return tree.getTreeItem(names);
    }

    public String own(String... names) {
        return node(names).getText(1);
    }

    public String effective(String... names) {
        return node(names).getText(2);
    }

    /** Selects the node and presses Inherit, Grant or Deny. */
    public AgentTreeBot set(String button, String... names) {
        node(names).select();
        bot.buttonWithId(TREE_ID + "#" + button.toLowerCase(java.util.Locale.ROOT)).click();
        return this;
    }

    /** Types into the filter box and waits until the tree shows exactly {@code expectedNodes}, depth first. */
    public AgentTreeBot filter(String text, List<String> expectedNodes) {
        bot.textWithId(TREE_ID + ".filter").setText(text);
        bot.waitUntil(Rows.are(expectedNodes, this::nodes, "for the filter '" + text + "'"));
        return this;
    }

    /** Names of the nodes the tree has created (shown, or below a collapsed node once shown), depth first. */
    public List<String> nodes() {
        return tree.syncExec(t -> {
            List<String> names = new ArrayList<>();
            collect(t.getItems(), names);
            return names;
        });
    }

    /** Names of the nodes a user sees: the top level and the children of expanded nodes, depth first. */
    public List<String> shownNodes() {
        return tree.syncExec(t -> {
            List<String> names = new ArrayList<>();
            collectShown(t.getItems(), names);
            return names;
        });
    }

    private static void collect(TreeItem[] items, List<String> names) {
        for (TreeItem item : items) {
            if (item.getData() != null) {
                names.add(item.getText(0));
            }
            collect(item.getItems(), names);
        }
    }

    private static void collectShown(TreeItem[] items, List<String> names) {
        for (TreeItem item : items) {
            names.add(item.getText(0));
            if (item.getExpanded()) {
                collectShown(item.getItems(), names);
            }
        }
    }
}
