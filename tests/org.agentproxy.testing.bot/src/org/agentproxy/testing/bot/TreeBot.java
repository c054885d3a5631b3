package org.agentproxy.testing.bot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** A {@link Tree}. Items are matched by their exact text (first column). */
public class TreeBot extends WidgetBot<Tree> {

    TreeBot(Bot bot, Tree tree) {
        super(bot, tree);
    }

    /** @return the texts of the top-level items */
    public List<String> items() {
        return read(TreeBot::texts);
    }

    /**
     * Finds an item by its path of texts, expanding every item along the path except the last (see
     * {@link TreeItemBot#expand()}), and waiting for each item to appear.
     *
     * @param path texts from a top-level item down, e.g. {@code "Policies", "default"}
     * @return the item at the end of the path
     */
    public TreeItemBot getTreeItem(String... path) {
        if (path.length == 0) {
            throw new IllegalArgumentException("empty path");
        }
        TreeItemBot node = new TreeItemBot(bot, topItems(path[0]).get(0));
        for (int i = 1; i < path.length; i++) {
            node = node.getNode(path[i]);
        }
        return node;
    }

    /**
     * Selects top-level items (as SWTBot's {@code select(String...)}; several need a {@code SWT.MULTI} tree) and
     * notifies {@code SWT.Selection}. For a nested item use {@code getTreeItem(path).select()}.
     *
     * @param items texts of top-level items
     */
    public TreeBot select(String... items) {
        waitUntilEnabled();
        List<TreeItem> selected = topItems(items);
        act("select " + Arrays.toString(items) + " in " + this, t -> {
            t.setSelection(selected.toArray(new TreeItem[0]));
            notify(t, SWT.Selection, selected.isEmpty() ? null : selected.get(0));
        });
        return this;
    }

    /** @return the texts of the selected items */
    public List<String> selection() {
        return read(t -> texts(t.getSelection()));
    }

    /** @return whether the tree has at least one top-level item */
    public boolean hasItems() {
        return read(t -> t.getItemCount() > 0);
    }

    private List<TreeItem> topItems(String... texts) {
        Optional<List<TreeItem>> found = Wait.poll(bot.timeout(), () -> read(t -> {
            List<TreeItem> result = new ArrayList<>();
            for (String text : texts) {
                Optional<TreeItem> item = Arrays.stream(t.getItems()).filter(i -> text.equals(i.getText())).findFirst();
                if (item.isEmpty()) {
                    return Optional.empty();
                }
                result.add(item.get());
            }
            return Optional.of(result);
        }));
        return found.orElseThrow(() -> new WidgetNotFoundException("Could not find top-level item(s) "
                + Arrays.toString(texts) + " in " + this + " within " + bot.timeout().toMillis()
                + " ms; top-level items: " + items()));
    }

    static List<String> texts(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).collect(Collectors.toList());
    }

    private static List<String> texts(Tree tree) {
        return texts(tree.getItems());
    }
}
