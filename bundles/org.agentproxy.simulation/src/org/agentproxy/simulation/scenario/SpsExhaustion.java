package org.agentproxy.simulation.scenario;

import org.agentproxy.simulation.Identified;

/** What an internal agent does when every Smart Protection Server of its list fails (left open by the documentation). */
public enum SpsExhaustion implements Identified {
    /** The query fails. */
    FAIL("fail"),
    /** The agent asks the Smart Protection Network. */
    SMART_PROTECTION_NETWORK("smart-protection-network");

    private final String id;

    SpsExhaustion(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
