package org.agentproxy.simulation.ui.internal;

import java.util.List;

import org.agentproxy.simulation.impact.PurposeImpact;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/** One stacked bar per purpose: kept, changed, gained and lost agents, with a legend. */
final class ImpactChart {

    private static final String[] SERIES = {"kept", "changed", "gained", "lost"};
    private static final int LABEL_WIDTH = 200;
    private static final int BAR = 18;
    private static final int ROW = 26;
    private final Canvas canvas;
    private List<PurposeImpact> purposes = List.of();
    private int agents;

    ImpactChart(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.setData("org.agentproxy.bot.id", "fleetImpact.chart");
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    void show(List<PurposeImpact> value, int agentCount) {
        purposes = value;
        agents = agentCount;
        canvas.redraw();
    }

    private void paint(GC gc) {
        Display d = canvas.getDisplay();
        int width = Math.max(50, canvas.getClientArea().width - LABEL_WIDTH - 20);
        int x = 10;
        for (int s = 0; s < SERIES.length; s++) {
            gc.setBackground(color(d, s));
            gc.fillRectangle(x, 8, 12, 12);
            gc.setBackground(d.getSystemColor(SWT.COLOR_WHITE));
            gc.drawText(SERIES[s], x + 16, 6, true);
            x += 30 + gc.textExtent(SERIES[s]).x;
        }
        int y = 32;
        for (PurposeImpact p : purposes) {
            gc.setForeground(d.getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(p.purpose(), 10, y + 1, true);
            int[] values = {p.kept(), p.changed(), p.gained(), p.lost()};
            int bx = LABEL_WIDTH;
            for (int s = 0; s < values.length; s++) {
                int w = agents == 0 ? 0 : values[s] * width / agents;
                gc.setBackground(color(d, s));
                gc.fillRectangle(bx, y, w, BAR);
                if (values[s] > 0) {
                    String text = String.valueOf(values[s]);
                    Point size = gc.textExtent(text);
                    if (size.x + 4 < w) {
                        gc.setForeground(d.getSystemColor(SWT.COLOR_WHITE));
                        gc.drawText(text, bx + (w - size.x) / 2, y + (BAR - size.y) / 2, true);
                    }
                }
                bx += w;
            }
            y += ROW;
        }
    }

    private static Color color(Display d, int series) {
        return d.getSystemColor(switch (series) {
            case 0 -> SWT.COLOR_DARK_GREEN;
            case 1 -> SWT.COLOR_DARK_YELLOW;
            case 2 -> SWT.COLOR_DARK_BLUE;
            default -> SWT.COLOR_RED;
        });
    }
}
