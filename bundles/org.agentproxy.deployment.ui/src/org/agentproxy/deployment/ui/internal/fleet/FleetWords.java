package org.agentproxy.deployment.ui.internal.fleet;

import org.agentproxy.simulation.Outcome;

/**
 * How Fleet Status says what the server reports by id: an agent's state ({@code current}, {@code not-seen} …) and a
 * path's outcome ({@code ok}, {@code failed}). One place per enum, from {@code messages.properties}; the ids stay
 * what the server's JSON, the filter it is asked for and {@code agentproxy status --json} carry. Read each time a text
 * is shown.
 */
final class FleetWords {

    private FleetWords() {
    }

    /** A state id of {@code FleetStatus.STATES} in words; an id this studio does not know (a newer server's) as it is. */
    static String state(String id) {
        return switch (id) {
            case "current" -> Messages.FleetStatus_stateCurrent; //$NON-NLS-1$
            case "behind" -> Messages.FleetStatus_stateBehind; //$NON-NLS-1$
            case "not-seen" -> Messages.FleetStatus_stateNotSeen; //$NON-NLS-1$
            case "failing" -> Messages.FleetStatus_stateFailing; //$NON-NLS-1$
            case "mismatch" -> Messages.FleetStatus_stateMismatch; //$NON-NLS-1$
            default -> id;
        };
    }

    static String outcome(Outcome outcome) {
        return switch (outcome) {
            case OK -> Messages.FleetStatus_outcomeOk;
            case FAILED -> Messages.FleetStatus_outcomeFailed;
            case NOT_TRIED -> Messages.FleetStatus_outcomeNotTried;
        };
    }
}
