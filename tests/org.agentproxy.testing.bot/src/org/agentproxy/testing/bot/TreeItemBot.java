package org.agentproxy.testing.bot;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * A {@link TreeItem}. Expanding sends {@code SWT.Expand} to the tree before {@code setExpanded(true)} (SWT sends
 * no event for programmatic expansion), so that lazy content providers (JFace) create the children.
 */
public class TreeItemBot extends WidgetBot<TreeItem> {

    TreeItemBot(Bot bot, TreeItem item) {
        super(bot, item);
    }

    /** @return the text (first column) */
    public String getText() {
        return read(TreeItem::getText);
    }

    /** @return the text of a column */
    public String getText(int column) {
        return read(i -> i.getText(column));
    }

    /** @return whether the item is expanded */
    public boolean isExpanded() {
        return read(TreeItem::getExpanded);
    }

    /** Unless expanded: notifies the tree of {@code SWT.Expand} for this item, then expands it. */
    public TreeItemBot expand() {
        act("expand " + this, i -> {
            if (!i.getExpanded()) {
                notify(i.getParent(), SWT.Expand, i);
                if (!i.isDisposed()) {
                    i.setExpanded(true);
                }
            }
        });
        return this;
    }

    /** If expanded: notifies the tree of {@code SWT.Collapse} for this item, then collapses it. */
    public TreeItemBot collapse() {
        act("collapse " + this, i -> {
            if (i.getExpanded()) {
                notify(i.getParent(), SWT.Collapse, i);
                if (!i.isDisposed()) {
                    i.setExpanded(false);
                }
            }
        });
        return this;
    }

    /** Makes this item the tree's selection and notifies the tree of {@code SWT.Selection}. */
    public TreeItemBot select() {
        act("select " + this, TreeItemBot::selectOnUiThread);
        return this;
    }

    /** @return whether the item is selected */
    public boolean isSelected() {
        return read(i -> Arrays.asList(i.getParent().getSelection()).contains(i));
    }

    /**
     * Selects the item, then notifies the tree of {@code SWT.MouseDoubleClick} and {@code SWT.DefaultSelection}
     * (JFace's double-click and open listeners). Returns without waiting for a modal dialog it opens.
     */
    public TreeItemBot doubleClick() {
        act("double-click " + this, i -> {
            selectOnUiThread(i);
            Tree tree = i.getParent();
            Rectangle bounds = i.getBounds();
            Event mouse = new Event();
            mouse.button = 1;
            mouse.count = 2;
            mouse.x = bounds.x + bounds.width / 2;
            mouse.y = bounds.y + bounds.height / 2;
            tree.notifyListeners(SWT.MouseDoubleClick, mouse);
            if (!i.isDisposed()) {
                notify(tree, SWT.DefaultSelection, i);
            }
        });
        return this;
    }

    /** Expands the item (see {@link #expand()}), then returns the texts of its children. */
    public List<String> items() {
        expand();
        return read(i -> TreeBot.texts(i.getItems()));
    }

    /**
     * Expands the item, then waits for a child with that text.
     *
     * @param text the exact text of the child
     * @return the child
     */
    public TreeItemBot getNode(String text) {
        expand();
        Optional<TreeItem> child = Wait.poll(bot.timeout(),
                () -> read(i -> Arrays.stream(i.getItems()).filter(c -> text.equals(c.getText())).findFirst()));
        return new TreeItemBot(bot, child.orElseThrow(() -> new WidgetNotFoundException("Could not find child '"
                + text + "' of " + this + " within " + bot.timeout().toMillis() + " ms; children: "
                + read(i -> TreeBot.texts(i.getItems())), bot.widgetDump())));
    }

    private static void selectOnUiThread(TreeItem item) {
        Tree tree = item.getParent();
        tree.setSelection(item);
        notify(tree, SWT.Selection, item);
    }
}
