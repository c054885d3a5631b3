package org.agentproxy.scope.internal.ui.internal;

import org.eclipse.osgi.util.NLS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;

/**
 * Smart Protection Servers as table text: {@code https://host:port}, an OfficeScan server's integrated SPS marked
 * {@code (integrated)}, comma-separated in a custom list.
 */
final class SpsText {

    /** The mark of an integrated SPS as the English table shows it, read in any language. */
    private static final String ENGLISH_MARK = "(integrated)"; //$NON-NLS-1$

    private SpsText() {
    }

    static String format(List<SpsSource> sources) {
        return sources.stream().map(s -> s.integrated() ? NLS.bind(Messages.SpsText_0Integrated, s.url()) : s.url())
                .collect(Collectors.joining(", ")); //$NON-NLS-1$
    }

    /**
     * Parses {@code [http|https://]host[:port] [(integrated)]} entries; an entry without a port takes 443 or 80. The
     * mark is read in English and in the studio's language.
     */
    static List<SpsSource> parse(String text) {
        List<SpsSource> sources = new ArrayList<>();
        for (String entry : text.split(",")) { //$NON-NLS-1$
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            boolean integrated = false;
            for (String mark : List.of(NLS.bind(Messages.SpsText_0Integrated, "").strip(), ENGLISH_MARK)) { //$NON-NLS-1$
                if (!integrated && e.toLowerCase(Locale.ROOT).endsWith(mark.toLowerCase(Locale.ROOT))) {
                    e = e.substring(0, e.length() - mark.length()).strip();
                    integrated = true;
                }
            }
            SpsProtocol protocol = e.toLowerCase(Locale.ROOT).startsWith("http://") ? SpsProtocol.HTTP //$NON-NLS-1$
                    : SpsProtocol.HTTPS;
            String rest = e.replaceFirst("(?i)^https?://", ""); //$NON-NLS-1$ //$NON-NLS-2$
            int colon = rest.lastIndexOf(':');
            boolean hasPort = colon > rest.lastIndexOf(']') && rest.substring(colon + 1).matches("\\d{1,5}"); //$NON-NLS-1$
            String host = hasPort ? rest.substring(0, colon) : rest;
            int port = hasPort ? Integer.parseInt(rest.substring(colon + 1)) : protocol == SpsProtocol.HTTPS ? 443 : 80;
            sources.add(new SpsSource(host, port, protocol, integrated));
        }
        return sources;
    }

    static String yesNo(boolean value) {
        return value ? Messages.SpsText_yes : Messages.SpsText_no;
    }

    /** A yes/no cell's text: yes, y, true, 1 or no, n, false, 0 (any case), or the shown yes or no; else refused. */
    static boolean yesOrNo(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("y|yes|true|1") || t.equals(Messages.SpsText_yes.toLowerCase(Locale.ROOT))) { //$NON-NLS-1$
            return true;
        }
        if (t.matches("n|no|false|0") || t.equals(Messages.SpsText_no.toLowerCase(Locale.ROOT))) { //$NON-NLS-1$
            return false;
        }
        throw new IllegalArgumentException(NLS.bind(Messages.SpsText_integratedMustBeYesOrNo, text));
    }
}
