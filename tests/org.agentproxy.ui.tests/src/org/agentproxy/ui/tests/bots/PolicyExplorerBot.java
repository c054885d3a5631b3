package org.agentproxy.ui.tests.bots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.agentproxy.testing.bot.Bot;
import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.TextBot;
import org.agentproxy.testing.bot.TreeBot;
import org.agentproxy.testing.bot.TreeItemBot;
import org.agentproxy.testing.bot.workbench.ViewBot;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;

/** The Policy Explorer view and its search box: rows are "label  detail"; the bot speaks in labels. */
public final class PolicyExplorerBot {

    private static final String TREE_ID = "policyExplorer.tree";
    private static final String SEARCH_ID = "policyExplorer.search";
    private final Bot bot;
    private final TreeBot tree;
    private final Supplier<ViewBot> view;

    PolicyExplorerBot(Bot bot, Supplier<ViewBot> view) {
        this.bot = bot;
        this.view = view;
        this.tree = bot.treeWithId(TREE_ID);
    }

    /** Makes the Policy Explorer the active part, as a click into it does (keys and Edit menu then act on it). */
    public PolicyExplorerBot activate() {
        view.get().show();
        return this;
    }

    /** Labels of the top-level rows: the scopes, the related settings, the problems. */
    public List<String> topLevelLabels() {
        return tree.items().stream().map(PolicyExplorerBot::label).toList();
    }

    /** The full text ("label  detail") of the row reached by labels from the top. */
    public String row(String... labels) {
        return item(labels).getText();
    }

    /** Labels of the children of the row reached by labels. */
    public List<String> children(String... labels) {
        return item(labels).items().stream().map(PolicyExplorerBot::label).toList();
    }

    /** The row reached by labels from the top, its ancestors expanded. */
    public TreeItemBot item(String... labels) {
        String[] texts = new String[labels.length];
        List<String> level = tree.items();
        for (int i = 0; i < labels.length; i++) {
            texts[i] = find(level, labels[i]);
            if (i + 1 < labels.length) {
                level = tree.getTreeItem(Arrays.copyOf(texts, i + 1)).expand().items();
            }
        }
        return tree.getTreeItem(texts);
    }

    /** Double-clicks a row: the editor shows its page and focuses its field. */
    public PolicyExplorerBot doubleClick(String... labels) {
        item(labels).doubleClick();
        return this;
    }

    /** Selects a row, gives the tree the focus and presses Enter on the keyboard. */
    public PolicyExplorerBot pressEnterOn(String... labels) {
        activate();
        item(labels).select();
        tree.setFocus();
        bot.waitUntil(focusOn(TREE_ID));
        Keyboard.enter(bot);
        return this;
    }

    /**
     * Types into the search box (Edit → Find Setting…, Ctrl+F puts the cursor there) and waits until the tree shows
     * exactly {@code expectedRows}: the matching rows with the rows above them, depth first (an empty list: none).
     */
    public PolicyExplorerBot search(String text, List<String> expectedRows) {
        search().setText(text);
        bot.waitUntil(Rows.are(expectedRows, this::visibleLabels, "for the search '" + text + "'"));
        return this;
    }

    /** Empties the search box and waits until the tree shows every scope again. */
    public PolicyExplorerBot clearSearch() {
        search().setText("");
        bot.waitUntil(Condition.of("the whole policy in the explorer",
                () -> topLevelLabels().containsAll(List.of("Internal agents", "Related settings", "Problems"))));
        return this;
    }

    /** The full texts ("label  detail") of every row the tree has created, depth first. */
    public List<String> rowTexts() {
        return tree.syncExec(t -> {
            List<String> texts = new ArrayList<>();
            collect(t.getItems(), texts);
            return texts;
        });
    }

    /** Presses Enter in the search box: the editor opens the first match. */
    public PolicyExplorerBot pressEnterInSearch() {
        activate();
        search().setFocus();
        bot.waitUntil(focusOn(SEARCH_ID));
        Keyboard.enter(bot);
        return this;
    }

    public TextBot search() {
        return bot.textWithId(SEARCH_ID);
    }

    /** Labels of every row the tree shows (expanded or not), depth first. */
    public List<String> visibleLabels() {
        return rowTexts().stream().map(PolicyExplorerBot::label).toList();
    }

    public boolean isExpanded(String... labels) {
        return item(labels).isExpanded();
    }

    public PolicyExplorerBot expand(String... labels) {
        item(labels).expand();
        return this;
    }

    public PolicyExplorerBot collapse(String... labels) {
        item(labels).collapse();
        return this;
    }

    /**
     * Hovers over a row as the mouse would (a {@code MouseHover} on its middle) and returns the text of the tooltip
     * that opens, if one does; then moves the mouse away, closing it. JFace creates the tooltip in the hover's
     * listener, so it is there, or not, when the hover returns.
     */
    public Optional<String> hoverTooltip(String... labels) {
        TreeItemBot item = hover(labels);
        Optional<String> text = bot.syncExec(this::tooltipText);
        item.syncExec(i -> {
            Event away = new Event();                      // the mouse leaves the row: JFace hides the tooltip
            away.x = -1;
            away.y = -1;
            i.getParent().notifyListeners(SWT.MouseMove, away);
            return null;
        });
        bot.waitUntil(Condition.of("the tooltip to close", () -> bot.syncExec(this::tooltipText).isEmpty()));
        return text;
    }

    /** Hovers over a row as the mouse would (a {@code MouseHover} on its middle), leaving its tooltip open. */
    public TreeItemBot hover(String... labels) {
        TreeItemBot item = item(labels);
        item.syncExec(i -> {
            Rectangle bounds = i.getBounds();
            Event hover = new Event();
            hover.x = bounds.x + Math.min(bounds.width / 2, 20);
            hover.y = bounds.y + bounds.height / 2;
            i.getParent().notifyListeners(SWT.MouseHover, hover);
            return null;
        });
        return item;
    }

    private Optional<String> tooltipText() {
        for (Shell shell : bot.display().getShells()) {
            if (shell.isVisible() && (shell.getStyle() & SWT.TOOL) != 0) {
                for (Control c : shell.getChildren()) {
                    if (c instanceof CLabel l) {
                        return Optional.of(l.getText());
                    } else if (c instanceof Label l) {
                        return Optional.of(l.getText());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Condition focusOn(String id) {
        return bot.focusOn(id);
    }

    private static void collect(TreeItem[] items, List<String> texts) {
        for (TreeItem item : items) {
            if (item.getData() != null) {   // JFace's placeholder of a row not yet expanded has none
                texts.add(item.getText());
            }
            collect(item.getItems(), texts);
        }
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
