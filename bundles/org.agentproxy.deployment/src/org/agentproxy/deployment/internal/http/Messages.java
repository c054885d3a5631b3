package org.agentproxy.deployment.internal.http;

import org.agentproxy.policy.internal.nls.Texts;

/**
 * What the policy server client says when a server cannot be reached, refuses, or presents a certificate it cannot
 * trust — texts an administrator reads in the studio and in the command line's errors — from {@code messages.properties}
 * beside this class, loaded like the engine's other texts ({@code deployment.internal.Messages}: plain Java, the
 * default locale, a translation a {@code messages_<locale>.properties} beside it).
 */
final class Messages {

    static String ServerCalls_noAdminToken;
    static String ServerCalls_httpError;
    static String ServerCalls_httpErrorTooLarge;
    static String ServerCalls_noErrorMessage;
    static String ServerCalls_cannotReachTarget;
    static String ServerCalls_cannotReach;
    static String ServerCalls_connectionRefused;
    static String ServerCalls_timedOut;
    static String ServerCalls_hostNameMismatch;
    static String ServerCalls_tlsHandshake;
    static String ServerCalls_otherFailure;
    static String Http_unreadablePolicy;
    static String Http_secretsConflict;
    static String Http_badFingerprints;
    static String Http_noNewVersion;
    static String Http_noGroups;
    static String Http_noAgentToken;
    static String Http_unreadableFleetStatus;

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
