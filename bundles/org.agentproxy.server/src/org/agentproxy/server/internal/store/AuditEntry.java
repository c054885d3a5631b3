package org.agentproxy.server.internal.store;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One line of a group's audit log: who did what when, and for policy changes which version came from which.
 *
 * @param time    when the change was committed
 * @param actor   the admin token's name
 * @param action  {@code create-group}, {@code rotate-agent-token}, {@code deploy}, {@code rollback},
 *                {@code set-secrets}
 * @param version the version the change created, or 0 when it is not a policy change
 * @param from    the version current before the change, or 0
 * @param detail  more for a person (a note, the rolled-back-to version, the secret keys — never values), or
 *                {@code null}
 */
public record AuditEntry(Instant time, String actor, String action, long version, long from, String detail) {

    public ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("time", time.toString());
        node.put("actor", actor);
        node.put("action", action);
        if (version > 0) {
            node.put("version", version);
            node.put("from", from);
        }
        if (detail != null) {
            node.put("detail", detail);
        }
        return node;
    }
}
