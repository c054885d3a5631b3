package org.agentproxy.simulation.ui.layout;

import java.util.List;

import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Names;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.SimulatedFeature;

/** What the diagram's boxes say: the stable ids, or the readable names of {@link Names}. */
public interface PathLabels {

    /** The agent box of a purpose. */
    String purpose(String id);

    /** A proxy box. */
    String proxy(Attempt attempt);

    /** A target box (with the cause when the attempt failed). */
    String target(Attempt attempt);

    /** The ids the engine and the CLI use. */
    PathLabels IDS = new PathLabels() {
        @Override
        public String purpose(String id) {
            return id;
        }

        @Override
        public String proxy(Attempt a) {
            return a.via().id() + (a.proxy() == null ? "" : " " + a.proxy()); //$NON-NLS-1$ //$NON-NLS-2$
        }

        @Override
        public String target(Attempt a) {
            return a.outcome() == Outcome.FAILED ? a.target() + "  \u2717 " + a.cause().id() : a.target(); //$NON-NLS-1$
        }
    };

    /** Readable names (features named by their declaration); tooltips keep the ids. */
    static PathLabels readable(List<SimulatedFeature> features) {
        return new PathLabels() {
            @Override
            public String purpose(String id) {
                return Names.purpose(id, features);
            }

            @Override
            public String proxy(Attempt a) {
                String route = Names.route(a.via()).replaceFirst("^through the ", ""); //$NON-NLS-1$ //$NON-NLS-2$
                return route + (a.proxy() == null ? "" : " " + a.proxy()); //$NON-NLS-1$ //$NON-NLS-2$
            }

            @Override
            public String target(Attempt a) {
                String target = Names.target(a.target());
                return a.outcome() == Outcome.FAILED ? target + "  \u2717 " + Names.cause(a.cause()) : target; //$NON-NLS-1$
            }
        };
    }
}
