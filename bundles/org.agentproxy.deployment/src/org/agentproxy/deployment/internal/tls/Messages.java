package org.agentproxy.deployment.internal.tls;

import org.agentproxy.policy.internal.nls.Texts;

/**
 * What the policy server client says when a server cannot be reached, refuses, or presents a certificate it cannot
 * trust — texts an administrator reads in the studio and in the command line's errors — from {@code messages.properties}
 * beside this class, loaded like the engine's other texts ({@code deployment.internal.Messages}: plain Java, the
 * default locale, a translation a {@code messages_<locale>.properties} beside it).
 */
final class Messages {

    static String PinningTrustManager_theServer;
    static String PinningTrustManager_noCertificate;
    static String PinningTrustManager_changed;
    static String PinningTrustManager_notTrusted;
    static String PinningTrustManager_expired;
    static String PinningTrustManager_notYetValid;
    static String CertificateRefusal_checkReplaced;
    static String CertificateRefusal_pinIt;

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
