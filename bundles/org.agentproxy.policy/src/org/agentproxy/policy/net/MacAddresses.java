package org.agentproxy.policy.net;

import java.util.Locale;
import java.util.regex.Pattern;

/** MAC address literals: six hexadecimal pairs separated by ':' or '-'. */
public final class MacAddresses {

    private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}");

    private MacAddresses() {
    }

    public static boolean isValid(String mac) {
        return mac != null && MAC.matcher(mac).matches();
    }

    /** Lower case with ':' separators, so two spellings of one address compare equal. */
    public static String normalize(String mac) {
        return mac.toLowerCase(Locale.ROOT).replace('-', ':');
    }
}
