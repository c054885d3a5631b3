package org.agentproxy.testing.bot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
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
     * Finds an item by its path of texts, expanding every item along the path except the last (as
     * {@link TreeItemBot#expand()} does), and waiting (bot timeout) until the whole path exists. Each attempt walks
     * the path in one step on the UI thread, so a viewer that rebuilds its items meanwhile (a refresh, a new input)
     * makes the attempt start again rather than fail on a disposed item.
     *
     * @param path texts from a top-level item down, e.g. {@code "Policies", "default"}
     * @return the item at the end of the path
     */
    public TreeItemBot getTreeItem(String... path) {
        if (path.length == 0) {
            throw new IllegalArgumentException("empty path");
        }
        Optional<TreeItem> found = Wait.poll(bot.timeout(), () -> read(t -> walk(t, path)));
        return new TreeItemBot(bot, found.orElseThrow(() -> new WidgetNotFoundException("Could not find '"
                + path[path.length - 1] + "' (path " + Arrays.toString(path) + ") in " + this + " within " + bot.timeout().toMillis() + " ms; "
                + read(t -> deepest(t, path)), bot.widgetDump())));
    }

    /**
     * As {@link #getTreeItem(String...)}, with each step a regular expression that must match the item's whole text:
     * {@code getTreeItemMatching("Policies", "default .*")} finds "default (3 rules)" whatever the count.
     *
     * @param regexes one per level, each matched with {@link Pattern#matches}
     * @return the item at the end of the path
     */
    public TreeItemBot getTreeItemMatching(String... regexes) {
        if (regexes.length == 0) {
            throw new IllegalArgumentException("empty path");
        }
        List<Predicate<String>> steps = Arrays.stream(regexes).map(r -> Pattern.compile(r).asMatchPredicate())
                .collect(Collectors.toList());
        Optional<TreeItem> found = Wait.poll(bot.timeout(), () -> read(t -> walk(t, steps)));
        return new TreeItemBot(bot, found.orElseThrow(() -> new WidgetNotFoundException("Could not find an item"
                + " matching /" + String.join("/ > /", regexes) + "/ in " + this + " within " + bot.timeout().toMillis()
                + " ms; top-level items: " + items(), bot.widgetDump())));
    }

    /**
     * Whether the tree has an item at that path now (expanding on the way, no waiting): for
     * {@link Conditions#treeItemPresent} and absence checks.
     */
    public boolean hasItem(String... path) {
        return read(t -> walk(t, path).isPresent());
    }

    /** UI thread: the item at the end of the path, expanding on the way; empty if a step is missing. */
    private static Optional<TreeItem> walk(Tree tree, String[] path) {
        return walk(tree, Arrays.stream(path).<Predicate<String>>map(p -> p::equals).collect(Collectors.toList()));
    }

    /** UI thread: the item at the end of the path of text tests, expanding on the way; empty if a step is missing. */
    private static Optional<TreeItem> walk(Tree tree, List<Predicate<String>> path) {
        TreeItem[] level = tree.getItems();
        for (int i = 0; i < path.size(); i++) {
            Predicate<String> step = path.get(i);
            Optional<TreeItem> item = Arrays.stream(level).filter(n -> !n.isDisposed() && step.test(n.getText()))
                    .findFirst();
            if (item.isEmpty() || i == path.size() - 1) {
                return item;
            }
            TreeItem node = item.get();
            if (!node.getExpanded()) {
                notify(tree, SWT.Expand, node);
                if (node.isDisposed()) {
                    return Optional.empty();
                }
                node.setExpanded(true);
            }
            level = node.getItems();
        }
        return Optional.empty();
    }

    /** UI thread: how far the path goes, for the failure message. */
    private static String deepest(Tree tree, String[] path) {
        TreeItem[] level = tree.getItems();
        String where = "top-level items";
        for (String text : path) {
            Optional<TreeItem> item = find(level, text);
            if (item.isEmpty()) {
                break;
            }
            where = "children of '" + text + "'";
            level = item.get().getItems();
        }
        return where + ": " + texts(level);
    }

    private static Optional<TreeItem> find(TreeItem[] items, String text) {
        return Arrays.stream(items).filter(i -> !i.isDisposed() && text.equals(i.getText())).findFirst();
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
                + " ms; top-level items: " + items(), bot.widgetDump()));
    }

    static List<String> texts(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).collect(Collectors.toList());
    }

    private static List<String> texts(Tree tree) {
        return texts(tree.getItems());
    }
}
