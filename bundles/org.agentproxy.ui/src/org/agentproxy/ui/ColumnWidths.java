package org.agentproxy.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TreeColumn;

/**
 * Widths of table and tree columns that never cut off their header: a column gets the width its layout was drawn
 * with in English, or more when its (translated) header needs more. A translation may be a third longer than the
 * English the widths were chosen for; the header is what a user reads to know the column.
 *
 * @since 0.3.0
 */
public final class ColumnWidths {

    /** Pixels a header needs besides its text: the padding of the header cell and room for a sort indicator. */
    public static final int HEADER_PADDING = 20;

    private ColumnWidths() {
    }

    /**
     * Gives {@code column} the width {@code width}, or the width its header text needs if that is more.
     *
     * @return the width set
     */
    public static int set(TableColumn column, int width) {
        int w = Math.max(width, headerWidth(column.getParent(), column.getText()));
        column.setWidth(w);
        return w;
    }

    /**
     * Gives {@code column} the width {@code width}, or the width its header text needs if that is more.
     *
     * @return the width set
     */
    public static int set(TreeColumn column, int width) {
        int w = Math.max(width, headerWidth(column.getParent(), column.getText()));
        column.setWidth(w);
        return w;
    }

    /**
     * The width a header showing {@code text} needs on {@code table} (a Table or Tree): the text in the bold of the
     * header (measured in bold, which is never narrower than the header's font) plus {@link #HEADER_PADDING}.
     */
    public static int headerWidth(Control table, String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        FontData[] data = table.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(d.getStyle() | SWT.BOLD);
        }
        Font bold = new Font(table.getDisplay(), data);
        GC gc = new GC(table);
        try {
            gc.setFont(bold);
            return gc.textExtent(text).x + HEADER_PADDING;
        } finally {
            gc.dispose();
            bold.dispose();
        }
    }
}
