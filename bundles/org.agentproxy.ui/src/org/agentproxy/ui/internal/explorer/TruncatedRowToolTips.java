package org.agentproxy.ui.internal.explorer;

import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;

/**
 * JFace tooltips for the explorer's rows that the view cuts off: hovering such a row shows its label and its whole
 * value. Rows that fit get none, as a native tree shows a clipped item whole.
 */
final class TruncatedRowToolTips extends ColumnViewerToolTipSupport {

    private final TreeViewer viewer;

    private TruncatedRowToolTips(TreeViewer viewer) {
        super(viewer, ToolTip.NO_RECREATE, false);
        this.viewer = viewer;
    }

    static void enableFor(TreeViewer viewer) {
        new TruncatedRowToolTips(viewer);
    }

    @Override
    protected boolean shouldCreateToolTip(Event event) {
        ViewerCell cell = viewer.getCell(new Point(event.x, event.y));
        return cell != null && cell.getElement() instanceof OutlineNode node && isCutOff(cell, node)
                && super.shouldCreateToolTip(event);
    }

    /** Whether the row's text ends beyond the visible width of the tree. */
    private static boolean isCutOff(ViewerCell cell, OutlineNode node) {
        Tree tree = (Tree) cell.getControl();
        Rectangle text = cell.getTextBounds() != null ? cell.getTextBounds() : cell.getBounds();
        GC gc = new GC(tree);
        try {
            int width = gc.textExtent(node.text()).x;
            Rectangle visible = tree.getClientArea();
            return text.x + width > visible.x + visible.width;
        } finally {
            gc.dispose();
        }
    }
}
