package org.agentproxy.simulation.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

/**
 * A column of controls that scrolls when its view is too small for it (at 1024×700, or in a short stack): the
 * controls keep their width and height, scroll bars reach the rest, nothing is cut off.
 */
final class ScrolledColumn {

    private final ScrolledComposite scroll;
    private final Composite body;

    ScrolledColumn(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        scroll.setContent(body);
        scroll.addListener(SWT.Resize, e -> reflow());
    }

    /** The composite to put the column's controls into; call {@link #reflow()} when they change. */
    Composite body() {
        return body;
    }

    /** Recomputes the column's size after its controls changed (e.g. rows added). */
    void reflow() {
        Point size = body.computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
        scroll.setMinSize(size);
        body.layout(true, true);
    }
}
