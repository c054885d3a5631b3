package org.agentproxy.simulation.ui.internal;

import java.util.List;
import java.util.Objects;

import org.agentproxy.simulation.ui.layout.PathGraph;
import org.agentproxy.simulation.ui.layout.PathGraph.Box;
import org.agentproxy.simulation.ui.layout.PathGraph.Edge;
import org.agentproxy.simulation.ui.layout.PathGraph.Kind;
import org.agentproxy.simulation.ui.layout.PathGraph.Point;
import org.agentproxy.simulation.ui.layout.PathGraph.Status;
import org.agentproxy.simulation.ui.layout.PathLayout;
import org.agentproxy.simulation.ui.layout.TextMeasure;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * Paints the {@link PathGraph} ELK laid out ({@link PathLayout}, in a job) on a canvas: boxes, orthogonal edges with an arrow
 * head, the rule on each edge; the tooltip is the explanation of the attempt under the pointer.
 */
final class PathDiagram {

    /** Fixed light fills (a theme's tooltip colour may be dark); device-less colours need no disposal. */
    private static final Color AGENT_FILL = new Color(232, 238, 250);
    private static final Color PROXY_FILL = new Color(255, 244, 214);
    private final ScrolledComposite scroll;
    private final Canvas canvas;
    private PathGraph graph = new PathGraph(List.of(), List.of(), 1, 1);
    private int paints;
    private TextMeasure measure;
    private final DiagramAccessibility accessibility;

    PathDiagram(Composite parent) {
        scroll = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        scroll.setScrollbarsMode(SWT.NONE); // bars that show (not GTK's overlay): a diagram cut at the edge scrolls
        canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
        canvas.setData("org.agentproxy.bot.id", "connectionPaths.diagram"); //$NON-NLS-1$ //$NON-NLS-2$
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        scroll.setContent(canvas);
        accessibility = DiagramAccessibility.install(canvas, () -> graph);
        // the canvas takes the focus from the keyboard (Tab), so a screen reader can read it; Tab leaves it again
        canvas.addListener(SWT.Traverse, e -> e.doit = true);
        canvas.addListener(SWT.KeyDown, e -> { });
        canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
        canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> {
            String tip = graph.tooltipAt(e.x, e.y);
            if (!Objects.equals(tip, canvas.getToolTipText())) {
                canvas.setToolTipText(tip);
            }
        });
    }

    ScrolledComposite control() {
        return scroll;
    }

    /** The canvas font's text sizes, for laying a report out off the UI thread. */
    TextMeasure measure() {
        if (measure == null) {
            measure = new CharWidths(canvas);
        }
        return measure;
    }

    /** Shows a diagram laid out with {@link #measure()}. */
    void show(PathGraph value) {
        graph = value;
        canvas.setSize(graph.width(), graph.height());
        canvas.setData("connectionPaths.graph", graph); //$NON-NLS-1$
        canvas.redraw();
        accessibility.changed();
    }

    /** How often the diagram was painted (tests wait for a redraw). */
    int paints() {
        return paints;
    }

    private void paint(GC gc) {
        paints++;
        canvas.setData("connectionPaths.paints", paints); //$NON-NLS-1$
        Display d = canvas.getDisplay();
        gc.setAntialias(SWT.ON);
        for (Edge e : graph.edges()) {
            Color color = color(d, e.status());
            gc.setForeground(color);
            gc.setLineWidth(e.status() == Status.OK ? 2 : 1);
            gc.setLineStyle(e.status() == Status.NOT_TRIED ? SWT.LINE_DOT : SWT.LINE_SOLID);
            int[] line = new int[e.points().size() * 2];
            for (int i = 0; i < e.points().size(); i++) {
                line[2 * i] = e.points().get(i).x();
                line[2 * i + 1] = e.points().get(i).y();
            }
            gc.drawPolyline(line);
            Point head = e.points().getLast();
            gc.setBackground(color);
            gc.fillPolygon(new int[] {head.x(), head.y(), head.x() - 7, head.y() - 4, head.x() - 7, head.y() + 4});
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.drawText(e.label(), e.labelX() + 2, e.labelY(), true);
        }
        gc.setLineWidth(1);
        for (Box b : graph.boxes()) {
            gc.setBackground(fill(d, b.kind()));
            gc.fillRoundRectangle(b.x(), b.y(), b.width(), b.height(), 8, 8);
            gc.setForeground(color(d, b.status()));
            gc.drawRoundRectangle(b.x(), b.y(), b.width(), b.height(), 8, 8);
            gc.setForeground(b.status() == Status.FAILED ? color(d, Status.FAILED)
                    : d.getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(b.text(), b.x() + PathLayout.PADDING_X, b.y() + PathLayout.PADDING_Y, true);
        }
        if (canvas.isFocusControl()) {
            Rectangle area = canvas.getClientArea();
            gc.setForeground(d.getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.drawFocus(area.x, area.y, area.width, area.height);
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
