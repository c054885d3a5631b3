package org.agentproxy.deployment;

import java.time.Instant;

/**
 * One version in a target's history.
 *
 * @param version    the version number
 * @param from       the version current before it, or 0
 * @param action     {@code deploy} or {@code rollback}
 * @param rollbackOf for a rollback, the version it restored; else 0
 * @param time       when it was made
 * @param actor      who made it (the admin token's name, or the user who exported)
 * @param note       the note given with it, or {@code null}
 * @param name       the policy's name
 */
public record VersionInfo(long version, long from, String action, long rollbackOf, Instant time, String actor,
        String note, String name) {
}
