package org.agentproxy.connection;

import org.agentproxy.policy.internal.nls.Texts;

/**
 * What a connection test says to an administrator — its outcomes and phases — from {@code messages.properties} beside
 * this class, loaded like the other core bundles' texts ({@code policy.internal.nls.Texts}: plain Java, the default
 * locale, a translation a {@code messages_<locale>.properties} beside it or in a fragment).
 */
final class Messages {

    static String Phase_resolveProxy;
    static String Phase_connectProxy;
    static String Phase_tunnel;
    static String Outcome_tunnelEstablished;
    static String Outcome_dnsFailureAtProxy;
    static String Outcome_dnsFailureHere;
    static String Outcome_refused;
    static String Outcome_unreachable;
    static String Outcome_timedOut;
    static String Outcome_timedOutResolve;
    static String Outcome_timedOutConnect;
    static String Outcome_timedOutTunnel;
    static String Outcome_noScheme;
    static String Outcome_schemes;
    static String Outcome_credentialsRejected;
    static String Outcome_authenticationRequired;
    static String Outcome_httpRefused;
    static String Outcome_httpRefusedWith;
    static String Outcome_socksRejected;
    static String Outcome_socks91;
    static String Outcome_socks92;
    static String Outcome_socks93;
    static String Outcome_socksUnknown;
    static String Outcome_protocolError;
    static String Outcome_cancelled;

    static {
        Texts.load(Messages.class);
    }

    private Messages() {
    }

    /** A message with its values, as {@code NLS.bind} makes it: each value as {@link String#valueOf(Object)}. */
    static String bind(String message, Object... values) {
        return Texts.bind(message, values);
    }
}
