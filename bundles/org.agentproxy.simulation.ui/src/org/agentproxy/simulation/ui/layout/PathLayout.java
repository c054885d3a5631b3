package org.agentproxy.simulation.ui.layout;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.ui.layout.PathGraph.Box;
import org.agentproxy.simulation.ui.layout.PathGraph.Edge;
import org.agentproxy.simulation.ui.layout.PathGraph.Kind;
import org.agentproxy.simulation.ui.layout.PathGraph.Status;

/**
 * A small deterministic layered layout of a simulation report: three columns (agent | proxy | target) and one row
 * per purpose and attempt, in the report's order. The agent box of a purpose spans the rows of its attempts, so the
 * fallbacks after the first attempt fan out from it. A direct attempt has no proxy box: its edge goes from the
 * agent straight to the target. Every edge is labelled with its rule.
 */
public final class PathLayout {

    /** Height of one attempt row. */
    public static final int ROW = 30;
    static final int MARGIN = 8;
    static final int BOX_HEIGHT = 22;
    static final int AGENT_WIDTH = 200;
    static final int PROXY_WIDTH = 230;
    static final int TARGET_WIDTH = 320;
    static final int GAP = 70;
    static final int PURPOSE_GAP = 10;

    private PathLayout() {
    }

    public static PathGraph layout(SimulationReport report) {
        List<Box> boxes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        int proxyX = MARGIN + AGENT_WIDTH + GAP;
        int targetX = proxyX + PROXY_WIDTH + GAP;
        int y = MARGIN;
        for (PurposeReport purpose : report.purposes()) {
            int rows = Math.max(1, purpose.attempts().size());
            Box agent = new Box(Kind.AGENT, purpose.purpose(), MARGIN, y, AGENT_WIDTH,
                    rows * ROW - (ROW - BOX_HEIGHT), purpose.ok() ? Status.OK : Status.FAILED);
            boxes.add(agent);
            int row = 0;
            for (Attempt attempt : purpose.attempts()) {
                int top = y + row * ROW;
                int cy = top + BOX_HEIGHT / 2;
                Status status = status(attempt);
                String tip = (row + 1) + ". " + attempt.explanation()
                        + (attempt.reason() == null ? "" : "\n" + attempt.cause().id() + ": " + attempt.reason());
                int from = MARGIN + AGENT_WIDTH;
                if (attempt.via().isProxy()) {
                    String text = attempt.via().id() + (attempt.proxy() == null ? "" : " " + attempt.proxy());
                    boxes.add(new Box(Kind.PROXY, text, proxyX, top, PROXY_WIDTH, BOX_HEIGHT, status));
                    edges.add(new Edge(from, cy, proxyX, cy, attempt.rule().id(), status, tip));
                    from = proxyX + PROXY_WIDTH;
                }
                String label = (attempt.via().isProxy() ? "" : "direct ") + attempt.rule().id();
                boxes.add(new Box(Kind.TARGET, targetText(attempt), targetX, top, TARGET_WIDTH, BOX_HEIGHT, status));
                edges.add(new Edge(from, cy, targetX, cy, label, status, tip));
                row++;
            }
            y += rows * ROW + PURPOSE_GAP;
        }
        return new PathGraph(boxes, edges, targetX + TARGET_WIDTH + MARGIN, y + MARGIN);
    }

    private static String targetText(Attempt attempt) {
        return attempt.outcome() == Outcome.FAILED ? attempt.target() + "  \u2717 " + attempt.cause().id()
                : attempt.target();
    }

    static Status status(Attempt attempt) {
        return switch (attempt.outcome()) {
            case OK -> Status.OK;
            case FAILED -> Status.FAILED;
            default -> Status.NOT_TRIED;
        };
    }
}
