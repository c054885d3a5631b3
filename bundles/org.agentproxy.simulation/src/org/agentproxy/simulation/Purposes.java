package org.agentproxy.simulation;

import java.util.List;

import org.agentproxy.policy.BuiltInFeatures;

/**
 * The names of the connection purposes the engine reports. Every feature of the catalogue the engine is given is a
 * purpose too, named by the purpose its declaration gives ({@link SimulatedFeature#purpose()}).
 */
public final class Purposes {

    public static final String CONFIGURATION = "configuration";
    public static final String LOGS = "logs";
    public static final String COMPONENT_UPDATE = "component-update";
    public static final String UPDATE_NOW = "update-now";
    public static final String FILE_REPUTATION = "file-reputation";
    public static final String WEB_REPUTATION = "web-reputation";
    public static final String PREDICTIVE_MACHINE_LEARNING = BuiltInFeatures.PREDICTIVE_MACHINE_LEARNING;
    public static final String BEHAVIOR_MONITORING = BuiltInFeatures.BEHAVIOR_MONITORING;
    public static final String SERVER_UPDATE = "server-update";

    /** The nine built-in purposes in report order. */
    public static final List<String> BUILT_IN = List.of(CONFIGURATION, LOGS, COMPONENT_UPDATE, UPDATE_NOW,
            FILE_REPUTATION, WEB_REPUTATION, PREDICTIVE_MACHINE_LEARNING, BEHAVIOR_MONITORING, SERVER_UPDATE);

    /** The built-in purposes that are Smart Protection features: reported when the catalogue holds them. */
    public static final List<String> FEATURES = List.of(PREDICTIVE_MACHINE_LEARNING, BEHAVIOR_MONITORING);

    private Purposes() {
    }
}
