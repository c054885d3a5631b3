package org.agentproxy.deployment.fleet;

/**
 * What the fleet's polls got so far.
 *
 * @param polls       requests sent
 * @param ok          200 answers (a new document)
 * @param notModified 304 answers
 * @param errors      failed polls (no answer, or another status)
 * @param deferred    turns skipped because {@link AgentFleet#MAX_IN_FLIGHT} polls were waiting already
 * @param lastError   the last failure, or {@code null}
 */
public record FleetStats(long polls, long ok, long notModified, long errors, long deferred, String lastError) {
}
