package org.agentproxy.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * A column of controls that scrolls when its view is too small for it (at 1024×700, or in a short stack): the
 * controls keep their width and height, scroll bars reach the rest, nothing is cut off. The body has a one-column
 * {@link GridLayout}; put the controls into {@link #body()}.
 * <p>
 * The column scrolls below its body's preferred size, recomputed on every resize and by {@link #reflow()}; for a
 * body whose preferred size says little (sashes, tables that scroll themselves) {@link #setMinimumSize(int, int)}
 * fixes the size instead.
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
        scroll.setMinSize(minimum != null ? minimum : body.computeSize(SWT.DEFAULT, SWT.DEFAULT, true));
        body.layout(true, true);
    }
}
