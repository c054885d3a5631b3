package org.agentproxy.connection;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The proxy sections of a policy a connection test can check, with the ids the command line uses
 * ({@code --section internal.server}) and the field path of the proxy in the policy.
 */
public enum ProxySection {
    /** Internal agents → OfficeScan server: proxy {@code internalAgents.server}, target the policy's server. */
    INTERNAL_SERVER("internal.server", "internalAgents.server"),
    /** Internal agents → Smart Protection Servers: target the first server of the standard source list. */
    INTERNAL_SPS("internal.sps", "internalAgents.smartProtection"),
    /** Global Smart Protection Service proxy: target the integrated SPS of the standard source list. */
    GLOBAL_SPS("global-sps", "globalSmartProtection.proxy"),
    /** The OfficeScan server's own update proxy (HTTP or SOCKS4): target the ActiveUpdate server. */
    EXTERNAL_SERVER_UPDATE("external.server-update", "externalAgents.serverUpdateProxy");

    private final String id;
    private final String fieldPath;

    ProxySection(String id, String fieldPath) {
        this.id = id;
        this.fieldPath = fieldPath;
    }

    /** The command line's name: {@code internal.server}. */
    public String id() {
        return id;
    }

    /** Where the proxy is in the policy: {@code internalAgents.server} (its fields are below it). */
    public String fieldPath() {
        return fieldPath;
    }

    public static Optional<ProxySection> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** {@code internal.server, internal.sps, …}, for messages. */
    public static String ids() {
        return Arrays.stream(values()).map(ProxySection::id).collect(Collectors.joining(", "));
    }
}
