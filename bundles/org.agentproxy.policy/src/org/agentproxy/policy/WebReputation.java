package org.agentproxy.policy;

/**
 * Web reputation routing for internal agents.
 *
 * @param sendQueriesToSps internal agents send web reputation queries to the SPS lists (else to the SPN)
 */
public record WebReputation(boolean sendQueriesToSps) {

    public static final WebReputation DEFAULT = new WebReputation(true);
}
