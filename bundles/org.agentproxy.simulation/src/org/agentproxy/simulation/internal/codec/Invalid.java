package org.agentproxy.simulation.internal.codec;

import java.util.List;

/** A value that binds but is not acceptable, at a field path. */
final class Invalid extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Object> path;

    Invalid(List<Object> path, String reason) {
        super(reason, null, false, false);
        this.path = List.copyOf(path);
    }

    List<Object> path() {
        return path;
    }
}
