package org.agentproxy.connection.internal;

import org.agentproxy.policy.internal.nls.Texts;

/**
 * The connection test's progress and its outcomes' details, from {@code messages.properties} beside
 * this class, loaded like the other core bundles' texts ({@code policy.internal.nls.Texts}: plain Java, the default
 * locale, a translation a {@code messages_<locale>.properties} beside it or in a fragment).
 */
final class Messages {

    static String TestRun_testing;
    static String TestRun_resolving;
    static String TestRun_connecting;
    static String TestRun_askingForTunnel;
    static String TestRun_connectionFailed;
    static String TargetHint_doesNotResolveEither;
    static String TargetHint_resolvesHere;
    static String ResponseHead_closedWithoutAnswer;
    static String ResponseHead_closedInTheMiddle;
    static String ResponseHead_headerTooLong;
    static String ResponseHead_notHttp;
    static String Socks4Connect_notSocks4;
    static String Socks4Connect_notSocks4Http;
    static String Socks4Connect_closedAfter;

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
