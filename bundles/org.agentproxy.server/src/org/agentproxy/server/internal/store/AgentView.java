package org.agentproxy.server.internal.store;

/**
 * What agents of a group get, precomputed on every change so that a poll costs no I/O: the current version's
 * agent document and its strong entity tag.
 *
 * @param version the current version, or 0 when nothing is deployed (then {@code body} and {@code etag} are
 *                {@code null})
 * @param etag    the quoted entity tag, e.g. {@code "7-Jq3…"}
 * @param body    the agent document (UTF-8 JSON); it holds decrypted secrets: never log it
 */
public record AgentView(long version, String etag, byte[] body) {

    static final AgentView NONE = new AgentView(0, null, null);

    @Override
    public String toString() {
        return "AgentView[version=" + version + ", etag=" + etag + "]";
    }
}
