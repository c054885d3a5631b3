package org.agentproxy.simulation.ui.layout;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.ui.layout.PathGraph.Box;
import org.agentproxy.simulation.ui.layout.PathGraph.Edge;
import org.agentproxy.simulation.ui.layout.PathGraph.Kind;
import org.agentproxy.simulation.ui.layout.PathGraph.Point;
import org.agentproxy.simulation.ui.layout.PathGraph.Status;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out a simulation report with the Eclipse Layout Kernel: an ElkGraph with, per purpose, an agent node, per
 * attempt a proxy node (none when direct) and a target node, and edges agent → proxy → target labelled with the
 * attempt's rule; ELK Layered draws it left to right (agents in the first layer, targets in the last), keeping the
 * report's order (purposes top to bottom, the first attempt above its fallbacks). The result is plain data for the
 * drawing code. No SWT here: text sizes come from a {@link TextMeasure}.
 */
public final class PathLayout {

    /** Space between a box's border and its text. */
    public static final int PADDING_X = 6;
    public static final int PADDING_Y = 4;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private PathLayout() {
    }

    /** The diagram of a report with the engine's ids; deterministic: the same report and measure give the same graph. */
    public static PathGraph layout(SimulationReport report, TextMeasure measure) {
        return layout(report, measure, PathLabels.IDS);
    }

    /**
     * The diagram of a report, its boxes labelled by {@code labels}; the tooltips name the ids (purpose, route,
     * rule). Deterministic: the same report, measure and labels give the same graph.
     */
    public static PathGraph layout(SimulationReport report, TextMeasure measure, PathLabels labels) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 8.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 2.0);
        root.setProperty(LayeredOptions.PADDING, new ElkPadding(8));

        List<Element> elements = new ArrayList<>();
        for (PurposeReport purpose : report.purposes()) {
            String name = labels.purpose(purpose.purpose());
            ElkNode agent = node(root, name, measure, true);
            elements.add(new Element(agent, Kind.AGENT, name, purpose.ok() ? Status.OK : Status.FAILED,
                    resultTip(purpose)));
            int n = 1;
            for (Attempt attempt : purpose.attempts()) {
                Status status = status(attempt);
                String tip = n++ + ". " + attempt.explanation() //$NON-NLS-1$
                        + (attempt.reason() == null ? "" : "\n" + attempt.cause().id() + ": " + attempt.reason()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + "\n[" + purpose.purpose() + ", " + attempt.via().id() + ", " + attempt.rules() + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                ElkNode from = agent;
                if (attempt.via().isProxy()) {
                    String text = labels.proxy(attempt);
                    ElkNode proxy = node(root, text, measure, false);
                    elements.add(new Element(proxy, Kind.PROXY, text, status, tip));
                    elements.add(new Element(edge(agent, proxy, attempt.rules(), measure), null,
                            attempt.rules(), status, tip));
                    from = proxy;
                }
                String text = labels.target(attempt);
                ElkNode target = node(root, text, measure, false);
                target.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST);
                elements.add(new Element(target, Kind.TARGET, text, status, tip));
                String label = attempt.via().isProxy() ? attempt.rules()
                        : NLS.bind(Messages.PathLayout_direct, attempt.rules());
                elements.add(new Element(edge(from, target, label, measure), null, label, status, tip));
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<Box> boxes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (Element e : elements) {
            if (e.shape() instanceof ElkNode node) {
                boxes.add(new Box(e.kind(), e.text(), round(node.getX()), round(node.getY()), round(node.getWidth()),
                        round(node.getHeight()), e.status(), e.tooltip()));
            } else {
                edges.add(edge((ElkEdge) e.shape(), e));
            }
        }
        return new PathGraph(boxes, edges, round(root.getWidth()), round(root.getHeight()));
    }

    /** A node of the graph, or an edge; what it shows and its status. */
    private record Element(Object shape, Kind kind, String text, Status status, String tooltip) {
    }

    private static ElkNode node(ElkNode root, String text, TextMeasure measure, boolean first) {
        ElkNode node = ElkGraphUtil.createNode(root);
        node.setDimensions(measure.width(text) + 2 * PADDING_X, measure.height() + 2 * PADDING_Y);
        if (first) {
            node.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
        }
        return node;
    }

    private static ElkEdge edge(ElkNode from, ElkNode to, String text, TextMeasure measure) {
        ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
        ElkLabel label = ElkGraphUtil.createLabel(text, edge);
        label.setDimensions(measure.width(text) + 4, measure.height());
        label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        return edge;
    }

    private static Edge edge(ElkEdge edge, Element e) {
        ElkEdgeSection section = edge.getSections().get(0);
        List<Point> points = new ArrayList<>();
        points.add(new Point(round(section.getStartX()), round(section.getStartY())));
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(new Point(round(bend.getX()), round(bend.getY())));
        }
        points.add(new Point(round(section.getEndX()), round(section.getEndY())));
        ElkLabel label = edge.getLabels().get(0);
        return new Edge(points, e.text(), round(label.getX()), round(label.getY()), round(label.getWidth()),
                round(label.getHeight()), e.status(), e.tooltip());
    }

    private static int round(double value) {
        return (int) Math.round(value);
    }

    private static String resultTip(PurposeReport purpose) {
        return purpose.success().map(a -> NLS.bind(Messages.PathLayout_0Ok1, purpose.purpose(), a.path()))
                .orElse(NLS.bind(Messages.PathLayout_0Failed1, purpose.purpose(), (purpose.reason() == null ? "" : ", " + purpose.reason()))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static Status status(Attempt attempt) {
        return switch (attempt.outcome()) {
            case OK -> Status.OK;
            case FAILED -> Status.FAILED;
            default -> Status.NOT_TRIED;
        };
    }
}
