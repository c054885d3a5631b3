package org.agentproxy.ui.tests.bots;

import java.util.List;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.TreeBot;

/** The Policy Explorer view: rows are "label  detail"; the bot speaks in labels. */
public final class PolicyExplorerBot {

    private static final String TREE_ID = "policyExplorer.tree";
    private final TreeBot tree;

    PolicyExplorerBot(Bot bot) {
        this.tree = bot.treeWithId(TREE_ID);
    }

    /** Labels of the top-level rows: the scopes, the related settings, the problems. */
    public List<String> topLevelLabels() {
        return tree.items().stream().map(PolicyExplorerBot::label).toList();
    }

    /** The full text ("label  detail") of the row reached by labels from the top. */
    public String row(String... labels) {
        String[] texts = new String[labels.length];
        List<String> level = tree.items();
        for (int i = 0; i < labels.length; i++) {
            texts[i] = find(level, labels[i]);
            if (i + 1 < labels.length) {
                level = tree.getTreeItem(java.util.Arrays.copyOf(texts, i + 1)).expand().items();
            }
        }
        return texts[labels.length - 1];
    }

    /** Labels of the children of the row reached by labels. */
    public List<String> children(String... labels) {
        String[] texts = new String[labels.length];
        List<String> level = tree.items();
        for (int i = 0; i < labels.length; i++) {
            texts[i] = find(level, labels[i]);
            level = tree.getTreeItem(java.util.Arrays.copyOf(texts, i + 1)).expand().items();
        }
        return level.stream().map(PolicyExplorerBot::label).toList();
    }

    private static String find(List<String> rows, String label) {
        return rows.stream().filter(r -> label(r).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + label + "' among " + rows));
    }

    private static String label(String row) {
        int gap = row.indexOf("  ");
        return gap < 0 ? row : row.substring(0, gap);
    }
}
