package org.agentproxy.testing.bot;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;

/**
 * Finds the labelled controls a user cannot see whole, however they scroll. UI thread only.
 *
 * <p>A <em>labelled control</em> is a visible control that shows a text (a {@link Label}, {@link CLabel},
 * {@link Button}, {@link Link} or {@link Group} with a non-blank text), a control with a {@link Bot#ID_KEY}, or
 * an input field (text, combo, spinner, date) whose preceding sibling is a label with a text — the controls a
 * user or a test finds by what they read.
 *
 * <p>Such a control is <em>clipped</em> when its bounds are not inside the <em>visible area</em> that its
 * ancestors leave it. Walking up from the control, each ancestor's client area cuts the area down, except a
 * {@link ScrolledComposite} (a scrolled form is one) that can scroll to it: its viewport does not count along an
 * axis where its content is no larger than the viewport, or where a visible scroll bar reaches the rest of the
 * content. Along an axis where the content is larger than the viewport and no scroll bar shows, the viewport
 * clips like any parent. An <em>overlay</em> scroll bar ({@link org.eclipse.swt.widgets.Scrollable#getScrollbarsMode()}
 * {@link SWT#SCROLLBAR_OVERLAY}, GTK's default) does not show: it is drawn only while the pointer moves over the
 * scrolled area, so a user who looks at the window (and every screenshot) sees the content simply cut off at the
 * viewport's edge — it counts as no scroll bar. A control is seen whole when it lies in the visible area (1 pixel of tolerance); a control
 * larger than the viewport of a scrolled composite that can scroll to it is seen piece by piece, which counts as
 * whole. A control of zero width or height is clipped (a layout squeezed it out). A one-line label or button
 * narrower than its text is clipped too — its text is cut off — unless its tooltip holds the whole text (as the
 * workbench does for a view's description line). A visible column header of a table or tree narrower than its
 * text (measured in bold, plus a few pixels of padding) is cut off as well.
 */
public final class ClippedControls {

    /** Pixels a control may stick out of its visible area (rounding in layouts, focus borders). */
    private static final int TOLERANCE = 1;

    /** Pixels a column header needs besides its text (the padding of the header cell). */
    private static final int HEADER_PADDING = 8;

    private ClippedControls() {
    }

    /**
     * @param root the composite to walk (e.g. a shell)
     * @return one line per clipped labelled control under {@code root}: the part it is in (the text of the
     *         enclosing tab), the control, and what is wrong; empty if none
     */
    public static List<String> under(Composite root) {
        List<String> problems = new ArrayList<>();
        walk(root, root, problems);
        return problems;
    }

    private static void walk(Control control, Composite root, List<String> problems) {
        if (control.isDisposed() || !control.getVisible()) {
            return;
        }
        if (control != root && isLabelled(control)) {
            String problem = problem(control, root);
            if (problem != null) {
                problems.add(where(control, root) + Texts.describe(control) + ": " + problem);
            }
        }
        if (control instanceof Table table && table.getHeaderVisible()) {
            for (TableColumn column : table.getColumns()) {
                cutHeader(column.getParent(), column.getText(), column.getWidth(), root, problems);
            }
        } else if (control instanceof Tree tree && tree.getHeaderVisible()) {
            for (TreeColumn column : tree.getColumns()) {
                cutHeader(column.getParent(), column.getText(), column.getWidth(), root, problems);
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                walk(child, root, problems);
            }
        }
    }

    static boolean isLabelled(Control c) {
        if (Texts.id(c) != null) {
            return true;
        }
        if (c instanceof Label || c instanceof CLabel || c instanceof Button || c instanceof Link
                || c instanceof Group) {
            String text = Texts.visible(c);
            return text != null && !text.isBlank();
        }
        if (c instanceof Text || c instanceof Combo || c instanceof CCombo || c instanceof Spinner
                || c instanceof DateTime) {
            Control previous = previousSibling(c);
            String label = previous instanceof Label || previous instanceof CLabel ? Texts.visible(previous) : null;
            return label != null && !label.isBlank();
        }
        return false;
    }

    private static String problem(Control control, Composite root) {
        Rectangle bounds = control.getBounds();
        if (bounds.width <= 0 || bounds.height <= 0) {
            return "squeezed to " + bounds.width + "×" + bounds.height + " pixels";
        }
        Rectangle own = control.getDisplay().map(control.getParent(), null, bounds);
        // the part of the control that can be seen (display coordinates), moved into the viewport of each
        // scrolled composite that can scroll to it
        Rectangle seen = own;
        int needWidth = own.width;
        int needHeight = own.height;
        String scrolledState = "";
        Control child = control;
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            Rectangle area = control.getDisplay().map(parent, null, parent.getClientArea());
            if (parent instanceof ScrolledComposite scrolled && child == scrolled.getContent()) {
                Rectangle moved = scrollIntoView(scrolled, seen, area);
                needWidth -= seen.width - moved.width;   // seen piece by piece
                needHeight -= seen.height - moved.height;
                seen = moved;
                scrolledState += " " + describe(scrolled);
            }
            seen = seen.intersection(area);
            if (parent == root) {
                break;
            }
            child = parent;
        }
        if (seen.width + TOLERANCE < needWidth || seen.height + TOLERANCE < needHeight) {
            return "only " + seen.width + "×" + seen.height + " of its " + own.width + "×" + own.height
                    + " pixels can be seen (bounds on screen " + own + ")" + scrolledState;
        }
        return cutText(control);
    }

    /**
     * Along each axis where the scrolled composite can scroll (its content fits the viewport, or a visible scroll
     * bar — not an overlay one — reaches the rest), moves the part seen so far into the viewport, as scrolling would: the viewport does not
     * clip it there. A control longer than the viewport is seen piece by piece: it counts as seen whole. Along an
     * axis where the content is larger than the viewport and no scroll bar shows, nothing moves: the viewport clips.
     */
    private static Rectangle scrollIntoView(ScrolledComposite scrolled, Rectangle seen, Rectangle viewport) {
        Rectangle content = scrolled.getDisplay().map(scrolled, null, scrolled.getContent().getBounds());
        Rectangle moved = new Rectangle(seen.x, seen.y, seen.width, seen.height);
        if (content.width <= viewport.width || showing(scrolled, scrolled.getHorizontalBar())) {
            moved.x = viewport.x;
            moved.width = Math.min(seen.width, viewport.width);
        }
        if (content.height <= viewport.height || showing(scrolled, scrolled.getVerticalBar())) {
            moved.y = viewport.y;
            moved.height = Math.min(seen.height, viewport.height);
        }
        return moved;
    }

    private static String describe(ScrolledComposite s) {
        Control content = s.getContent();
        return "[in " + s.getClass().getSimpleName() + " viewport " + s.getClientArea() + ", content "
                + (content == null ? "none" : content.getBounds()) + ", bars " + describe(s.getHorizontalBar())
                + " " + describe(s.getVerticalBar()) + (overlay(s) ? " (overlay: not shown)" : "") + "]";
    }

    private static String describe(ScrollBar bar) {
        return bar == null ? "none" : (bar.getVisible() ? "visible" : "hidden") + " thumb " + bar.getThumb()
                + " of " + bar.getMinimum() + ".." + bar.getMaximum();
    }

    /** A scroll bar a user sees: visible, with more to scroll to, and not an overlay drawn only under the pointer. */
    private static boolean showing(ScrolledComposite scrolled, ScrollBar bar) {
        return bar != null && !overlay(scrolled) && bar.getVisible()
                && bar.getThumb() < bar.getMaximum() - bar.getMinimum();
    }

    private static boolean overlay(ScrolledComposite scrolled) {
        return (scrolled.getScrollbarsMode() & SWT.SCROLLBAR_OVERLAY) != 0;
    }

    /**
     * A column header narrower than its text: the text measured in bold (headers are drawn bold on GTK; bold is never
     * narrower than the header's font) plus {@link #HEADER_PADDING}. A column of width 0 is hidden on purpose.
     */
    private static void cutHeader(Control table, String text, int width, Composite root, List<String> problems) {
        if (width <= 0 || text == null || text.isBlank()) {
            return;
        }
        FontData[] data = table.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(d.getStyle() | SWT.BOLD);
        }
        Font bold = new Font(table.getDisplay(), data);
        GC gc = new GC(table);
        int need;
        try {
            gc.setFont(bold);
            need = gc.textExtent(text).x + HEADER_PADDING;
        } finally {
            gc.dispose();
            bold.dispose();
        }
        if (width + TOLERANCE < need) {
            problems.add(where(table, root) + Texts.describe(table) + ": the header of column \"" + text
                    + "\" is cut off: " + width + " of the " + need + " pixels it needs");
        }
    }

    /** A one-line label or button narrower than its text, unless its tooltip holds the whole text. */
    private static String cutText(Control control) {
        String text = Texts.visible(control);
        if (!(control instanceof Label || control instanceof CLabel || control instanceof Button)
                || (control.getStyle() & SWT.WRAP) != 0 || text == null || text.contains("\n")
                || control.getToolTipText() != null && control.getToolTipText().contains(text)) {
            return null;
        }
        Point preferred = control.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        int width = control.getBounds().width;
        return width + TOLERANCE < preferred.x
                ? "its text is cut off: " + width + " of the " + preferred.x + " pixels it needs"
                : null;
    }

    private static Control previousSibling(Control c) {
        Control previous = null;
        for (Control sibling : c.getParent().getChildren()) {
            if (sibling == c) {
                return previous;
            }
            previous = sibling;
        }
        return null;
    }

    /** "[View › Page] ": the enclosing tabs, outermost first, to name the view and page the control is on. */
    private static String where(Control control, Composite root) {
        List<String> tabs = new ArrayList<>();
        Control child = control;
        for (Composite parent = control.getParent(); parent != null && child != root; parent = parent.getParent()) {
            if (parent instanceof CTabFolder folder) {
                for (CTabItem item : folder.getItems()) {
                    if (item.getControl() == child) {
                        tabs.add(0, Texts.visible(item));
                    }
                }
            }
            child = parent;
        }
        return tabs.isEmpty() ? "" : "[" + String.join(" › ", tabs) + "] ";
    }
}
