package org.agentproxy.simulation.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.agentproxy.simulation.ui.layout.PathGraph;
import org.agentproxy.simulation.ui.layout.PathGraph.Box;
import org.agentproxy.simulation.ui.layout.PathGraph.Edge;
import org.agentproxy.simulation.ui.layout.PathGraph.Point;
import org.agentproxy.simulation.ui.layout.PathGraph.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.accessibility.ACC;
import org.eclipse.swt.accessibility.Accessible;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleControlAdapter;
import org.eclipse.swt.accessibility.AccessibleControlEvent;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;

/**
 * What a screen reader learns of the Connection Paths diagram, which is a painted canvas: the canvas is named
 * "Connection paths diagram" and described by a summary (how many paths, and which ones fail); each box (agent,
 * proxy, target) and each edge (from → to, its rule, how the attempt ended) is an accessible child with a name, the
 * box's or edge's explanation as its description, and its bounds, so a screen reader can walk them and a magnifier
 * can follow them. The result table below the diagram holds the same paths row by row.
 */
final class DiagramAccessibility {

    /** The keys of the canvas's data under which tests find the listeners (SWT has no API to read them back). */
    static final String NAMES_KEY = "org.agentproxy.accessibleListener"; //$NON-NLS-1$
    static final String CONTROL_KEY = "org.agentproxy.accessibleControlListener"; //$NON-NLS-1$

    private final Canvas canvas;
    private final Supplier<PathGraph> graph;
    final AccessibleAdapter names = new AccessibleAdapter() {
        @Override
        public void getName(AccessibleEvent e) {
            e.result = e.childID == ACC.CHILDID_SELF ? Messages.DiagramAccessibility_name : childName(e.childID);
        }

        @Override
        public void getDescription(AccessibleEvent e) {
            e.result = e.childID == ACC.CHILDID_SELF ? summary(graph.get()) : childDescription(e.childID);
        }
    };
    final AccessibleControlAdapter control = new AccessibleControlAdapter() {
        @Override
        public void getChildCount(AccessibleControlEvent e) {
            e.detail = count();
        }

        @Override
        public void getChildren(AccessibleControlEvent e) {
            Object[] children = new Object[count()];
            for (int i = 0; i < children.length; i++) {
                children[i] = Integer.valueOf(i);
            }
            e.children = children;
        }

        @Override
        public void getChildAtPoint(AccessibleControlEvent e) {
            org.eclipse.swt.graphics.Point p = canvas.toControl(e.x, e.y);
            List<Box> boxes = graph.get().boxes();
            e.childID = ACC.CHILDID_NONE;
            for (int i = 0; i < boxes.size(); i++) {
                if (boxes.get(i).contains(p.x, p.y)) {
                    e.childID = i;
                }
            }
            if (e.childID == ACC.CHILDID_NONE && canvas.getClientArea().contains(p)) {
                e.childID = ACC.CHILDID_SELF;
            }
        }

        @Override
        public void getLocation(AccessibleControlEvent e) {
            Rectangle r = e.childID == ACC.CHILDID_SELF ? canvas.getClientArea() : bounds(e.childID);
            org.eclipse.swt.graphics.Point p = canvas.toDisplay(r.x, r.y);
            e.x = p.x;
            e.y = p.y;
            e.width = r.width;
            e.height = r.height;
        }

        @Override
        public void getRole(AccessibleControlEvent e) {
            e.detail = e.childID == ACC.CHILDID_SELF ? ACC.ROLE_CANVAS : ACC.ROLE_LABEL;
        }

        @Override
        public void getState(AccessibleControlEvent e) {
            e.detail = ACC.STATE_READONLY | (e.childID == ACC.CHILDID_SELF && canvas.isFocusControl()
                    ? ACC.STATE_FOCUSED | ACC.STATE_FOCUSABLE : ACC.STATE_NORMAL);
        }

        @Override
        public void getValue(AccessibleControlEvent e) {
            e.result = e.childID == ACC.CHILDID_SELF ? null : childDescription(e.childID);
        }
    };

    private DiagramAccessibility(Canvas canvas, Supplier<PathGraph> graph) {
        this.canvas = canvas;
        this.graph = graph;
    }

    /** Gives the canvas its accessible name, description and children, read from the graph it shows now. */
    static DiagramAccessibility install(Canvas canvas, Supplier<PathGraph> graph) {
        DiagramAccessibility a = new DiagramAccessibility(canvas, graph);
        Accessible accessible = canvas.getAccessible();
        accessible.addAccessibleListener(a.names);
        accessible.addAccessibleControlListener(a.control);
        canvas.setData(NAMES_KEY, a.names);
        canvas.setData(CONTROL_KEY, a.control);
        return a;
    }

    /** Tells assistive technology that the diagram shows other paths now. */
    void changed() {
        Accessible accessible = canvas.getAccessible();
        accessible.sendEvent(ACC.EVENT_DESCRIPTION_CHANGED, null);
        accessible.sendEvent(ACC.EVENT_VALUE_CHANGED, null);
    }

    /** The canvas's description: "3 paths, 1 fails: …" — the boxes, then each edge. */
    static String summary(PathGraph g) {
        if (g.boxes().isEmpty()) {
            return Messages.DiagramAccessibility_empty;
        }
        long failed = g.edges().stream().filter(e -> e.status() == Status.FAILED).count();
        List<String> lines = new ArrayList<>();
        lines.add(NLS.bind(Messages.DiagramAccessibility_summary,
                new Object[] { g.boxes().size(), g.edges().size(), failed }));
        for (Edge e : g.edges()) {
            lines.add(edgeName(g, e));
        }
        return String.join("\n", lines); //$NON-NLS-1$
    }

    /** An edge in words: "Agent → proxy.example.com:8080: R3 (failed)". */
    static String edgeName(PathGraph g, Edge e) {
        return NLS.bind(Messages.DiagramAccessibility_edge, new Object[] { boxText(at(g, e.points().getFirst())),
                boxText(at(g, e.points().getLast())), e.label(), status(e.status()) });
    }

    /** A box in words: its text on one line, and how it ended. */
    static String boxName(Box b) {
        return NLS.bind(Messages.DiagramAccessibility_box, boxText(b), status(b.status()));
    }

    private int count() {
        return graph.get().boxes().size() + graph.get().edges().size();
    }

    private String childName(int child) {
        PathGraph g = graph.get();
        int boxes = g.boxes().size();
        if (child < 0 || child >= count()) {
            return null;
        }
        return child < boxes ? boxName(g.boxes().get(child)) : edgeName(g, g.edges().get(child - boxes));
    }

    private String childDescription(int child) {
        PathGraph g = graph.get();
        int boxes = g.boxes().size();
        if (child < 0 || child >= count()) {
            return null;
        }
        return child < boxes ? g.boxes().get(child).tooltip() : g.edges().get(child - boxes).tooltip();
    }

    private Rectangle bounds(int child) {
        PathGraph g = graph.get();
        int boxes = g.boxes().size();
        if (child < 0 || child >= count()) {
            return new Rectangle(0, 0, 0, 0);
        }
        if (child < boxes) {
            Box b = g.boxes().get(child);
            return new Rectangle(b.x(), b.y(), b.width(), b.height());
        }
        Edge e = g.edges().get(child - boxes);
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y1 = Integer.MIN_VALUE;
        for (Point p : e.points()) {
            x0 = Math.min(x0, p.x());
            y0 = Math.min(y0, p.y());
            x1 = Math.max(x1, p.x());
            y1 = Math.max(y1, p.y());
        }
        return new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    /** The box an edge's end touches (edges start and end on a box's border), or null. */
    private static Box at(PathGraph g, Point p) {
        Box nearest = null;
        int best = Integer.MAX_VALUE;
        for (Box b : g.boxes()) {
            int dx = Math.max(0, Math.max(b.x() - p.x(), p.x() - (b.x() + b.width())));
            int dy = Math.max(0, Math.max(b.y() - p.y(), p.y() - (b.y() + b.height())));
            if (dx + dy < best) {
                best = dx + dy;
                nearest = b;
            }
        }
        return best <= 12 ? nearest : null;
    }

    private static String boxText(Box b) {
        return b == null ? Messages.DiagramAccessibility_unknown : b.text().strip().replaceAll("\\s*\\n\\s*", ", "); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String status(Status status) {
        return switch (status) {
            case OK -> Messages.DiagramAccessibility_ok;
            case FAILED -> Messages.DiagramAccessibility_failed;
            case NOT_TRIED -> Messages.DiagramAccessibility_notTried;
        };
    }
}
