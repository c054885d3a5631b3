package org.agentproxy.testing.bot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;
import java.util.function.Predicate;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.Widget;

/**
 * Walks the visible widgets of shells: controls (depth first, in child order), plus the items of tab
 * folders and tool bars. Tree, table and menu items are not walked (see the tree, table and menu bots).
 * UI thread only.
 */
final class WidgetFinder {

    /** At most this many widgets are listed in a failure message. */
    private static final int MAX_LISTED = 80;

    private WidgetFinder() {
    }

    /** @return the visible shells of the display, the active one first, then in the display's order */
    static List<Shell> visibleShells(Display display) {
        List<Shell> result = new ArrayList<>();
        Shell active = display.getActiveShell();
        if (active != null && !active.isDisposed() && active.isVisible()) {
            result.add(active);
        }
        for (Shell shell : display.getShells()) {
            if (shell != active && !shell.isDisposed() && shell.isVisible()) {
                result.add(shell);
            }
        }
        return result;
    }

    /**
     * @return the active shell if the window system reports one; otherwise (e.g. a bare X server without a
     *         window manager) the most recently created visible shell, or {@code null} if none is visible
     */
    static Shell activeShell(Display display) {
        Shell active = display.getActiveShell();
        if (active != null && !active.isDisposed() && active.isVisible()) {
            return active;
        }
        Shell[] shells = display.getShells();
        for (int i = shells.length - 1; i >= 0; i--) {
            if (!shells[i].isDisposed() && shells[i].isVisible()) {
                return shells[i];
            }
        }
        return null;
    }

    /** Extra lines of the widget dump (the workbench bot's active part), by name; see {@link Bot#addStateDescriber}. */
    static final Map<String, Supplier<String>> DESCRIBERS = new ConcurrentSkipListMap<>();

    /** @return all visible widgets under the roots (shells, or a part's composite) that match, in walk order */
    static List<Widget> find(List<? extends Control> roots, Predicate<? super Widget> matcher) {
        List<Widget> all = new ArrayList<>();
        for (Control root : roots) {
            walk(root, all);
        }
        all.removeIf(matcher.negate());
        return all;
    }

    private static void walk(Control control, List<Widget> into) {
        if (control.isDisposed() || !control.getVisible()) {
            return;
        }
        into.add(control);
        Item[] items = control instanceof CTabFolder f ? f.getItems()
                : control instanceof TabFolder f ? f.getItems()
                : control instanceof ToolBar t ? t.getItems()
                : new Item[0];
        for (Item item : items) {
            into.add(item);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                walk(child, into);
            }
        }
    }

    /**
     * @return one line for the first line of a failure: the active shell and what the describers add (the active part)
     */
    static String focusSummary(Display display) {
        Shell active = display.getActiveShell();
        StringBuilder out = new StringBuilder("active shell: ").append(active == null ? "none" : "'" + active.getText() + "'");
        for (String line : describerLines()) {
            out.append(", ").append(line);
        }
        return out.toString();
    }

    private static List<String> describerLines() {
        List<String> lines = new ArrayList<>();
        for (Supplier<String> describer : DESCRIBERS.values()) {
            try {
                String line = describer.get();
                if (line != null && !line.isBlank()) {
                    lines.add(line);
                }
            } catch (RuntimeException e) {
                lines.add("(describer failed: " + e + ")");
            }
        }
        return lines;
    }

    /**
     * @param scopeName how the bot's scope is called, or {@code null} for all visible shells
     * @return a multi-line report of the visible shells, the describers' lines (the active part) and the widgets of
     *         the roots, for failure reports
     */
    static String describe(Display display, List<? extends Control> roots, String scopeName) {
        StringBuilder out = new StringBuilder("Visible shells:");
        Shell active = display.getActiveShell();
        for (Shell shell : visibleShells(display)) {
            out.append(" '").append(shell.getText()).append('\'').append(shell == active ? " (active)" : "");
        }
        if (visibleShells(display).isEmpty()) {
            out.append(" none");
        }
        for (String line : describerLines()) {
            out.append("\n").append(line);
        }
        Control focus = display.getFocusControl();
        out.append("\nFocus: ").append(focus == null ? "none" : Texts.describe(focus));
        int listed = 0;
        for (Control root : roots) {
            if (root.isDisposed()) {
                continue;
            }
            out.append(root instanceof Shell shell ? "\nWidgets in shell '" + shell.getText() + "':"
                    : "\nWidgets in " + (scopeName != null ? scopeName : Texts.describe(root)) + ":");
            List<Widget> widgets = new ArrayList<>();
            walk(root, widgets);
            for (Widget w : widgets) {
                if (!worthListing(w)) {
                    continue;
                }
                if (listed++ == MAX_LISTED) {
                    out.append("\n  ... (more)");
                    return out.toString();
                }
                out.append("\n  ").append(Texts.describe(w));
                if (w instanceof Tree t) {
                    out.append(" (").append(t.getItemCount()).append(" top-level items)");
                } else if (w instanceof Table t) {
                    out.append(" (").append(t.getItemCount()).append(" rows)");
                }
            }
        }
        return out.toString();
    }

    private static boolean worthListing(Widget w) {
        return !(w instanceof Shell) && (Texts.raw(w) != null || Texts.id(w) != null || Texts.tooltip(w) != null
                || w instanceof Tree || w instanceof Table);
    }
}
