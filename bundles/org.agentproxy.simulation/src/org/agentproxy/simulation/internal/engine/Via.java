package org.agentproxy.simulation.internal.engine;

import org.agentproxy.simulation.Route;

/**
 * How one target is reached, and why that way.
 *
 * @param route the kind of proxy, or direct
 * @param proxy the proxy, {@code null} when direct
 * @param how   the second half of the explanation, e.g. {@code through the internal proxy (server section)}, or
 *              {@code null} when the step's first half says it all
 */
record Via(Route route, Endpoint proxy, String how) {

    static Via direct(String how) {
        return new Via(Route.DIRECT, null, how);
    }

    /**
     * This way with a note in parentheses, e.g. the parameter that chose it: {@code through X (note)}. When the words
     * already end in parentheses the note joins them ({@code through the internal proxy (SPS section; note)}), so an
     * explanation never has two groups in a row or one inside another.
     */
    Via noted(String note) {
        String text = how == null ? "" : how;
        String joined = text.endsWith(")") && !text.endsWith("\")")
                ? Messages.bind(Messages.Via_notedJoined, text.substring(0, text.length() - 1), note)
                : Messages.bind(Messages.Via_noted, text, note);
        return new Via(route, proxy, joined.strip());
    }
}
