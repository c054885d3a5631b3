package org.agentproxy.policy;

/** Ids of the Smart Protection features the product ships. */
public final class BuiltInFeatures {

    /** Predictive Machine Learning. */
    public static final String PREDICTIVE_MACHINE_LEARNING = "predictive-machine-learning";
    /** Behavior Monitoring. */
    public static final String BEHAVIOR_MONITORING = "behavior-monitoring";

    private BuiltInFeatures() {
    }
}
