package org.agentproxy.policy.net;

import org.agentproxy.policy.internal.nls.Texts;

/** The texts of host name checks ({@link Texts}: {@code messages.properties} beside this class). */
final class Messages {

    static String HostNames_empty;
    static String HostNames_notIpv6;
    static String HostNames_notIpv4;
    static String HostNames_notIdn;
    static String HostNames_tooLong;
    static String HostNames_labelTooLong;
    static String HostNames_hyphen;
    static String HostNames_badCharacter;
    static String HostNames_space;
    static String HostNames_character;
    static String HostNames_wildcard;
    static String HostNames_emptyLabel;

    static {
        Texts.load(Messages.class);
    }

    private Messages() {
    }

    static String bind(String message, Object... values) {
        return Texts.bind(message, values);
    }
}
