package org.agentproxy.testing.bot;

import java.util.ArrayList;
import java.util.List;
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

    /** @return all visible widgets under the shells that match, in walk order */
    static List<Widget> find(List<Shell> shells, Predicate<? super Widget> matcher) {
        List<Widget> all = new ArrayList<>();
        for (Shell shell : shells) {
            walk(shell, all);
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

    /** @return a multi-line report of the visible shells and their widgets, for failure messages */
    static String describe(Display display, List<Shell> scope) {
        StringBuilder out = new StringBuilder("Visible shells:");
        Shell active = display.getActiveShell();
        for (Shell shell : visibleShells(display)) {
            out.append(" '").append(shell.getText()).append('\'').append(shell == active ? " (active)" : "");
        }
        if (visibleShells(display).isEmpty()) {
            out.append(" none");
        }
        int listed = 0;
        for (Shell shell : scope) {
            if (shell.isDisposed()) {
                continue;
            }
            out.append("\nWidgets in shell '").append(shell.getText()).append("':");
            List<Widget> widgets = new ArrayList<>();
            walk(shell, widgets);
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
