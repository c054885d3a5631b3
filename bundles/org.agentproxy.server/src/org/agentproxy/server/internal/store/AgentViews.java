package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.util.Base64;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the document agents of a group get and its entity tag. */
final class AgentViews {

    /** The format of the agent document. */
    static final String FORMAT = "agentproxy-agent-policy/1";

    private AgentViews() {
    }

    /**
     * {@code {"format", "group", "version", "deployedAt", "policy": {…}, "secrets": {key: value}}} with the values
     * of the secrets the policy refers to. The entity tag is the version and a digest of the bytes, so it changes
     * with the policy and with the secret values.
     */
    static AgentView build(String group, VersionRecord current, AccessAndSecrets access) throws IOException {
        ObjectNode doc = Json.object();
        doc.put("format", FORMAT);
        doc.put("group", group);
        doc.put("version", current.version());
        doc.put("deployedAt", current.time().toString());
        doc.set("policy", Json.parse(current.policyJson()));
        doc.set("secrets", Json.MAPPER.valueToTree(access.valuesFor(current.policy())));
        byte[] body = Json.bytes(doc);
        String digest = Base64.getUrlEncoder().withoutPadding().encodeToString(Tokens.sha256(body)).substring(0, 16);
        return new AgentView(current.version(), "\"" + current.version() + "-" + digest + "\"", body);
    }
}
