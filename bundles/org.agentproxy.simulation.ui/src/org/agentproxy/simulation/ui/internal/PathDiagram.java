package org.agentproxy.simulation.ui.internal;

import org.agentproxy.simulation.ui.layout.PathGraph;
import org.agentproxy.simulation.ui.layout.PathGraph.Box;
import org.agentproxy.simulation.ui.layout.PathGraph.Edge;
import org.agentproxy.simulation.ui.layout.PathGraph.Kind;
import org.agentproxy.simulation.ui.layout.PathGraph.Status;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/** Paints a laid-out {@link PathGraph} on a canvas; the tooltip of a row is its attempt's explanation. */
final class PathDiagram {

    /** Fixed light fills (a theme's tooltip colour may be dark); device-less colours need no disposal. */
    private static final Color AGENT_FILL = new Color(232, 238, 250);
    private static final Color PROXY_FILL = new Color(255, 244, 214);
    private final ScrolledComposite scroll;
    private final Canvas canvas;
    private PathGraph graph = new PathGraph(java.util.List.of(), java.util.List.of(), 1, 1);
    private int paints;

    PathDiagram(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
        canvas.setData("org.agentproxy.bot.id", "connectionPaths.diagram");
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        scroll.setContent(canvas);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> {
            String tip = graph.tooltipAt(e.x, e.y);
            if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
                canvas.setToolTipText(tip);
            }
        });
    }

    ScrolledComposite control() {
        return scroll;
    }

    void show(PathGraph value) {
        graph = value;
        canvas.setSize(new Point(value.width(), value.height()));
        canvas.setData("connectionPaths.graph", value);
        canvas.redraw();
    }

    /** How often the diagram was painted (tests wait for a redraw). */
    int paints() {
        return paints;
    }

    private void paint(GC gc) {
        paints++;
        canvas.setData("connectionPaths.paints", paints);
        Display d = canvas.getDisplay();
        gc.setAntialias(SWT.ON);
        for (Edge e : graph.edges()) {
            gc.setForeground(color(d, e.status()));
            gc.setLineWidth(e.status() == Status.OK ? 2 : 1);
            gc.setLineStyle(e.status() == Status.NOT_TRIED ? SWT.LINE_DOT : SWT.LINE_SOLID);
            gc.drawLine(e.x1(), e.y1(), e.x2(), e.y2());
            gc.setBackground(color(d, e.status()));
            gc.fillPolygon(new int[] {e.x2(), e.y2(), e.x2() - 7, e.y2() - 4, e.x2() - 7, e.y2() + 4});
            gc.setBackground(d.getSystemColor(SWT.COLOR_WHITE));
            gc.setLineStyle(SWT.LINE_SOLID);
            Point size = gc.textExtent(e.label());
            gc.drawText(e.label(), (e.x1() + e.x2() - size.x) / 2, e.y1() - size.y, true);
        }
        gc.setLineWidth(1);
        for (Box b : graph.boxes()) {
            gc.setBackground(fill(d, b.kind()));
            gc.fillRoundRectangle(b.x(), b.y(), b.width(), b.height(), 8, 8);
            gc.setForeground(color(d, b.status()));
            gc.drawRoundRectangle(b.x(), b.y(), b.width(), b.height(), 8, 8);
            gc.setForeground(b.status() == Status.FAILED ? color(d, Status.FAILED)
                    : d.getSystemColor(SWT.COLOR_BLACK));
            Point size = gc.textExtent(b.text());
            gc.drawText(b.text(), b.x() + 6, b.y() + (Math.min(b.height(), 22) - size.y) / 2, true);
        }
    }

    private static Color color(Display d, Status status) {
        return switch (status) {
            case OK -> d.getSystemColor(SWT.COLOR_DARK_GREEN);
            case FAILED -> d.getSystemColor(SWT.COLOR_RED);
            default -> d.getSystemColor(SWT.COLOR_GRAY);
        };
    }

    private static Color fill(Display d, Kind kind) {
        return switch (kind) {
            case AGENT -> AGENT_FILL;
            case PROXY -> PROXY_FILL;
            default -> d.getSystemColor(SWT.COLOR_WHITE);
        };
    }
}
