package org.agentproxy.ui;

import org.agentproxy.policy.ApplyMode;
import org.agentproxy.policy.Grant;
import org.agentproxy.policy.LocationMode;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.policy.SpsProtocol;

/**
 * The words the studio shows for the policy model's enums — one place per enum, from {@code messages.properties}, so
 * that a translation reaches every page, the explorer and the tables alike. The enums' names stay what policy files,
 * JSON and the command line's {@code --json} output carry; these labels are only what people read. Read each time a
 * text is shown (never copied into a constant), so that a language chosen at start-up — or a test's pseudo
 * translation — is what appears.
 *
 * @since 0.4.0
 */
public final class Labels {

    private Labels() {
    }

    /** The update proxy's protocol: {@code HTTP}, {@code SOCKS4}. */
    public static String proxyProtocol(ProxyProtocol protocol) {
        return switch (protocol) {
            case HTTP -> Messages.Labels_proxyProtocolHttp;
            case SOCKS4 -> Messages.Labels_proxyProtocolSocks4;
        };
    }

    /** A Smart Protection Server source's protocol: {@code HTTP}, {@code HTTPS}. */
    public static String spsProtocol(SpsProtocol protocol) {
        return switch (protocol) {
            case HTTP -> Messages.Labels_spsProtocolHttp;
            case HTTPS -> Messages.Labels_spsProtocolHttps;
        };
    }

    /**
     * The protocol a person typed for a Smart Protection Server source: its label (any case), or the enum's name.
     *
     * @throws IllegalArgumentException if it is neither
     */
    public static SpsProtocol parseSpsProtocol(String text) {
        String t = text.strip();
        for (SpsProtocol p : SpsProtocol.values()) {
            if (t.equalsIgnoreCase(spsProtocol(p)) || t.equalsIgnoreCase(p.name())) {
                return p;
            }
        }
        throw new IllegalArgumentException(text);
    }

    /** A node's own setting of the user proxy privilege: {@code inherit}, {@code granted}, {@code denied}. */
    public static String grant(Grant grant) {
        return switch (grant) {
            case INHERIT -> Messages.Labels_grantInherit;
            case GRANTED -> Messages.Labels_grantGranted;
            case DENIED -> Messages.Labels_grantDenied;
        };
    }

    /** How the root's privilege applies: to all agents, or to future domains only. */
    public static String applyMode(ApplyMode mode) {
        return switch (mode) {
            case ALL_AGENTS -> Messages.Labels_applyModeAllAgents;
            case FUTURE_DOMAINS_ONLY -> Messages.Labels_applyModeFutureDomainsOnly;
        };
    }

    /** How an agent tells internal from external: by gateway, or by reachability of the server. */
    public static String locationMode(LocationMode mode) {
        return switch (mode) {
            case GATEWAY -> Messages.Labels_locationModeGateway;
            case REACHABILITY -> Messages.Labels_locationModeReachability;
        };
    }
}
