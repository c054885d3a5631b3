package org.agentproxy.simulation.ui.internal;

import org.agentproxy.simulation.ui.layout.TextMeasure;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;

/**
 * Text sizes of a control's font, measured once on the UI thread, usable on any thread (the layout runs in a job): the
 * width of a text is the sum of its characters' advance widths (Latin-1 measured; other characters get the width of
 * {@code M}).
 */
final class CharWidths implements TextMeasure {

    private final int[] widths = new int[256];
    private final int other;
    private final int height;

    CharWidths(Control control) {
        GC gc = new GC(control);
        try {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = gc.getAdvanceWidth((char) c);
            }
            other = gc.getAdvanceWidth('M');
            height = gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }

    @Override
    public int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += c < widths.length ? widths[c] : other;
        }
        return w;
    }

    @Override
    public int height() {
        return height;
    }
}
