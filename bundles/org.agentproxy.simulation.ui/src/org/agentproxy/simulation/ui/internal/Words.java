package org.agentproxy.simulation.ui.internal;

import org.agentproxy.simulation.Location;
import org.agentproxy.simulation.impact.Change;

/**
 * How the simulation views say the engine's enums that {@code simulation.Names} does not name: a change of the fleet
 * impact, an agent's location. One place per enum; the ids ({@code lost}, {@code internal}) stay what scenario files,
 * CSV exports, tooltips and the command line carry. Read each time a text is shown, never kept in a constant.
 */
final class Words {

    private Words() {
    }

    static String change(Change change) {
        return switch (change) {
            case KEPT -> Messages.ImpactChart_kept;
            case CHANGED -> Messages.ImpactChart_changed;
            case GAINED -> Messages.ImpactChart_gained;
            case LOST -> Messages.ImpactChart_lost;
        };
    }

    static String location(Location location) {
        return switch (location) {
            case INTERNAL -> Messages.Words_internal;
            case EXTERNAL -> Messages.Words_external;
        };
    }
}
