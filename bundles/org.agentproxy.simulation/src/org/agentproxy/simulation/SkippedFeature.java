package org.agentproxy.simulation;

/**
 * A feature the policy has settings for that the simulation does not route, and why: its plug-in is not installed
 * (it is not in the catalogue), or its purpose is already another purpose's.
 *
 * @param id     the feature id in the policy
 * @param reason why it is not simulated, in words
 */
public record SkippedFeature(String id, String reason) {

    /** The reason of a feature whose plug-in is not installed. */
    public static final String NOT_INSTALLED = "not simulated: its plug-in is not installed";
}
