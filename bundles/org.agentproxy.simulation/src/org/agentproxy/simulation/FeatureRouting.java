package org.agentproxy.simulation;

/**
 * How agents reach a Smart Protection feature's sources, as the feature declares it (the {@code routing} attribute of
 * {@code org.agentproxy.smartprotection.features}).
 */
public enum FeatureRouting implements Identified {
    /** Through the Global Smart Protection Service proxy to the integrated SPS, else the SPN (rule R5). */
    GLOBAL_PROXY("global-proxy"),
    /** Through the Smart Protection Server lists, like file reputation (rule R3). */
    SPS_LISTS("sps-lists");

    private final String id;

    FeatureRouting(String id) {
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
