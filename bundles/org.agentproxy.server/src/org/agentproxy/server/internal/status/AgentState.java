package org.agentproxy.server.internal.status;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the fleet status says of an agent. An agent is {@link #CURRENT} when none of the others holds; the others may
 * hold together (a mismatched agent may also be behind).
 */
public enum AgentState {
    /** Applied the group's current version, no failing purpose, every observed path as predicted, seen lately. */
    CURRENT("current"),
    /** Applied (or last fetched) an older version than the current one. */
    BEHIND("behind"),
    /** Neither a report nor a poll within the not-seen time; kept, only marked. */
    NOT_SEEN("not-seen"),
    /** Some purpose failed in its last report. */
    FAILING("failing"),
    /** Some purpose took another path, or had another outcome, than the path engine predicts. */
    MISMATCH("mismatch");

    private final String id;

    AgentState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<AgentState> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
