package org.agentproxy.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;

/**
 * A column of controls that scrolls when its view is too small for it (at 1024×700, or in a short stack): the
 * controls keep their width and height, scroll bars reach the rest, nothing is cut off. The body has a one-column
 * {@link GridLayout}; put the controls into {@link #body()}.
 * <p>
 * The body is laid out at the column's width where it can be: wrapping labels wrap, rows that wrap (a
 * {@link org.eclipse.swt.layout.RowLayout} with {@code wrap}) wrap, fields that grab the width narrow down to their
 * {@link org.eclipse.swt.layout.GridData#minimumWidth}. Below the width its controls cannot go under it scrolls
 * sideways, and down below its height — recomputed on every resize and by {@link #reflow()}; for a body whose
 * preferred size says little (sashes, tables that scroll themselves) {@link #setMinimumSize(int, int)} fixes the size
 * instead. Its scroll bars are classic ones, shown whenever there is more to see (not GTK's overlay bars, which show
 * only under the pointer: the column would look cut off).
 *
 * @since 0.3.0
 */
public final class ScrolledColumn {

    private final ScrolledComposite scroll;
    private final Composite body;
    private Point minimum;

    /** A scrolling column filling {@code parent} (give the parent a layout that lets it fill, e.g. FillLayout). */
    public ScrolledColumn(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setScrollbarsMode(SWT.NONE);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        scroll.setContent(body);
        scroll.addListener(SWT.Resize, e -> reflow());
    }

    /** The composite to put the column's controls into; call {@link #reflow()} when they change. */
    public Composite body() {
        return body;
    }

    /** The scrolling control itself (to lay it out in its parent). */
    public ScrolledComposite control() {
        return scroll;
    }

    /**
     * Fixes the size below which the column scrolls, instead of its body's preferred size.
     *
     * @param width  the width below which it scrolls sideways
     * @param height the height below which it scrolls down
     */
    public void setMinimumSize(int width, int height) {
        minimum = new Point(width, height);
        reflow();
    }

    /** Recomputes the column's size after its controls changed (e.g. rows added) and lays them out. */
    public void reflow() {
        if (minimum != null) {
            scroll.setMinSize(minimum);
        } else {
            // a scroll bar that comes or goes changes the width the body gets: lay it out again at the new width
            for (int pass = 0; pass < 3; pass++) {
                int width = scroll.getClientArea().width;
                if (width <= 0) {
                    scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT, true));
                    break;
                }
                int atWidth = Math.max(width, leastWidth());
                scroll.setMinSize(atWidth, body.computeSize(atWidth, SWT.DEFAULT, true).y);
                if (scroll.getClientArea().width == width) {
                    break;
                }
            }
        }
        body.layout(true, true);
    }

    /**
     * The width the body cannot go under without scrolling sideways: its widest child's least width — a child that
     * grabs the width its {@link GridData#minimumWidth} ({@link SWT#DEFAULT}: its preferred width), any other its
     * preferred width — and the margins. A view can give the column that much room (a sash's weights).
     *
     * @return the least width of the body, in pixels
     * @since 0.4.0
     */
    public int leastWidth() {
        GridLayout layout = (GridLayout) body.getLayout();
        int least = 0;
        for (Control child : body.getChildren()) {
            if (child.getVisible() && !(child.getLayoutData() instanceof GridData d && d.exclude)) {
                GridData data = child.getLayoutData() instanceof GridData d ? d : new GridData();
                int width = data.grabExcessHorizontalSpace && data.minimumWidth != SWT.DEFAULT ? data.minimumWidth
                        : child.computeSize(data.widthHint, SWT.DEFAULT, true).x;
                least = Math.max(least, width);
            }
        }
        return least + 2 * layout.marginWidth + layout.marginLeft + layout.marginRight;
    }
}
