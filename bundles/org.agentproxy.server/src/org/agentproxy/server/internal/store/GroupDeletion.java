package org.agentproxy.server.internal.store;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A deleted group: who deleted it when, the version that was current, and where its directory is kept
 * ({@code deleted-groups/NAME.TIME}, relative to the data directory) with every version, token and secrets entry
 * and this record ({@code deleted.json}).
 */
public record GroupDeletion(String group, Instant time, String actor, long version, String archivedAs) {

    static final String FILE = "deleted.json";
    static final String FORMAT = "agentproxy-server-deletion/1";

    ObjectNode toDocument() {
        ObjectNode doc = Json.object();
        doc.put("format", FORMAT);
        doc.put("action", "delete-group");
        doc.put("group", group);
        doc.put("time", time.toString());
        doc.put("actor", actor);
        doc.put("version", version);
        doc.put("archivedAs", archivedAs);
        return doc;
    }

    /** The admin API's answer and the server log's record. */
    public ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("group", group);
        node.put("action", "delete-group");
        node.put("time", time.toString());
        node.put("actor", actor);
        node.put("deletedVersion", version);
        node.put("archivedAs", archivedAs);
        return node;
    }
}
