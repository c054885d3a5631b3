package org.agentproxy.simulation.ui.layout;

import java.util.List;

/**
 * A laid-out connection-path diagram in pixels: boxes for the agent (one per purpose), the proxies and the targets,
 * and the edges between them. Plain data, no SWT: drawing code only paints it.
 *
 * @param boxes  every box, in drawing order
 * @param edges  every edge, in drawing order
 * @param width  the width the diagram needs
 * @param height the height the diagram needs
 */
public record PathGraph(List<Box> boxes, List<Edge> edges, int width, int height) {

    /** What a box stands for. */
    public enum Kind {
        AGENT, PROXY, TARGET
    }

    /** How an edge's attempt ended. */
    public enum Status {
        OK, FAILED, NOT_TRIED
    }

    /** A box at {@code x, y} of size {@code width x height}; {@code status} colours its border. */
    public record Box(Kind kind, String text, int x, int y, int width, int height, Status status) {

        public int centerY() {
            return y + height / 2;
        }

        public boolean contains(int px, int py) {
            return px >= x && px < x + width && py >= y && py < y + height;
        }
    }

    /**
     * A line from {@code (x1, y1)} to {@code (x2, y2)} labelled with the rule; {@code tooltip} explains the attempt.
     */
    public record Edge(int x1, int y1, int x2, int y2, String label, Status status, String tooltip) {
    }

    /** The explanation of the attempt drawn at this point (its row), or {@code null}. */
    public String tooltipAt(int px, int py) {
        for (Edge e : edges) {
            if (py >= Math.min(e.y1(), e.y2()) - PathLayout.ROW / 2 && py < Math.max(e.y1(), e.y2()) + PathLayout.ROW / 2
                    && px >= Math.min(e.x1(), e.x2()) && px <= Math.max(e.x1(), e.x2()) && e.y1() == e.y2()) {
                return e.tooltip();
            }
        }
        return null;
    }
}
