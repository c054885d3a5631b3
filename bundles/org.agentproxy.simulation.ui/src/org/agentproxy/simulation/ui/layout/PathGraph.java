package org.agentproxy.simulation.ui.layout;

import java.util.List;

/**
 * A laid-out connection-path diagram in pixels: boxes for the agent (one per purpose), the proxies and the targets,
 * and the edges between them as polylines. Plain data, no SWT: drawing code only paints it.
 *
 * @param boxes  every box, in drawing order
 * @param edges  every edge, in drawing order
 * @param width  the width the diagram needs
 * @param height the height the diagram needs
 */
public record PathGraph(List<Box> boxes, List<Edge> edges, int width, int height) {

    /** How near (in pixels) to an edge the pointer must be for the edge's tooltip. */
    static final int HIT = 4;

    public PathGraph {
        boxes = List.copyOf(boxes);
        edges = List.copyOf(edges);
    }

    /** What a box stands for. */
    public enum Kind {
        AGENT, PROXY, TARGET
    }

    /** How an edge's attempt ended. */
    public enum Status {
        OK, FAILED, NOT_TRIED
    }

    /** A point of an edge. */
    public record Point(int x, int y) {
    }

    /**
     * A box at {@code x, y} of size {@code width x height}; {@code status} colours its border; {@code tooltip}
     * explains it ({@code null}: none).
     */
    public record Box(Kind kind, String text, int x, int y, int width, int height, Status status, String tooltip) {

        public int centerY() {
            return y + height / 2;
        }

        public boolean contains(int px, int py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }
    }

    /**
     * An edge: the polyline through {@code points} (at least two; the last is the arrow head), labelled with the
     * rule in the box at {@code labelX, labelY} of size {@code labelWidth x labelHeight}; {@code tooltip} explains the
     * attempt.
     */
    public record Edge(List<Point> points, String label, int labelX, int labelY, int labelWidth, int labelHeight,
            Status status, String tooltip) {

        public Edge {
            points = List.copyOf(points);
        }

        boolean near(int px, int py) {
            if (px >= labelX && px < labelX + labelWidth && py >= labelY && py < labelY + labelHeight) {
                return true;
            }
            for (int i = 1; i < points.size(); i++) {
                if (distance(points.get(i - 1), points.get(i), px, py) <= HIT) {
                    return true;
                }
            }
            return false;
        }

        private static double distance(Point a, Point b, int px, int py) {
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double length = dx * dx + dy * dy;
            double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - a.x()) * dx + (py - a.y()) * dy) / length));
            return Math.hypot(px - (a.x() + t * dx), py - (a.y() + t * dy));
        }
    }

    /** The explanation of what is drawn at this point (a box, an edge or its label), or {@code null}. */
    public String tooltipAt(int px, int py) {
        for (Box b : boxes) {
            if (b.tooltip() != null && b.contains(px, py)) {
                return b.tooltip();
            }
        }
        for (Edge e : edges) {
            if (e.near(px, py)) {
                return e.tooltip();
            }
        }
        return null;
    }
}
