package org.agentproxy.scope.internal.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;

/** Smart Protection Servers as table text: {@code https://host:port}, comma-separated in a custom list. */
final class SpsText {

    private SpsText() {
    }

    static String format(List<SpsSource> sources) {
        return sources.stream().map(SpsSource::url).collect(Collectors.joining(", "));
    }

    /** Parses {@code [http|https://]host[:port]} entries; an entry without a port takes 443 or 80. */
    static List<SpsSource> parse(String text) {
        List<SpsSource> sources = new ArrayList<>();
        for (String entry : text.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            SpsProtocol protocol = e.toLowerCase(Locale.ROOT).startsWith("http://") ? SpsProtocol.HTTP
                    : SpsProtocol.HTTPS;
            String rest = e.replaceFirst("(?i)^https?://", "");
            int colon = rest.lastIndexOf(':');
            boolean hasPort = colon > rest.lastIndexOf(']') && rest.substring(colon + 1).matches("\\d{1,5}");
            String host = hasPort ? rest.substring(0, colon) : rest;
            int port = hasPort ? Integer.parseInt(rest.substring(colon + 1)) : protocol == SpsProtocol.HTTPS ? 443 : 80;
            sources.add(new SpsSource(host, port, protocol, false));
        }
        return sources;
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** A yes/no cell's text: yes, y, true, 1 or no, n, false, 0 (any case); anything else is refused. */
    static boolean yesOrNo(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("y|yes|true|1")) {
            return true;
        }
        if (t.matches("n|no|false|0")) {
            return false;
        }
        throw new IllegalArgumentException("Integrated must be yes or no, not \"" + text + "\"");
    }
}
