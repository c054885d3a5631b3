package org.agentproxy.policy.net;

import java.net.IDN;
import java.util.Optional;

/** Checks host names as policies use them: DNS names, internationalised names, IPv4 and IPv6 literals. */
public final class HostNames {

    private static final int MAX_NAME = 253;
    private static final int MAX_LABEL = 63;

    private HostNames() {
    }

    /**
     * Why a host is not acceptable, or empty when it is: a DNS name (letters, digits, hyphens; labels of 1-63
     * characters not starting or ending with a hyphen), an IDN such as {@code bücher.example}, an IPv4 literal
     * or an IPv6 literal (with or without brackets).
     */
    public static Optional<String> problem(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.of(Messages.HostNames_empty);
        }
        if (host.indexOf(':') >= 0 || host.startsWith("[")) {
            return IpAddresses.parse(host).isPresent() ? Optional.empty()
                    : Optional.of(Messages.bind(Messages.HostNames_notIpv6, host));
        }
        if (host.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')) {
            return IpAddresses.parse(host).isPresent() ? Optional.empty()
                    : Optional.of(Messages.bind(Messages.HostNames_notIpv4, host));
        }
        Optional<String> character = forbiddenCharacter(host);
        if (character.isPresent()) {
            return character;
        }
        Optional<String> labels = labelProblem(host);
        if (labels.isPresent()) {
            return labels;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            // the library's reason ("non-LDH ASCII", "label too long") is not an administrator's: say what it means
            return Optional.of(Messages.bind(Messages.HostNames_notIdn, host));
        }
        String name = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
        if (name.length() > MAX_NAME) {
            return Optional.of(Messages.bind(Messages.HostNames_tooLong, MAX_NAME));
        }
        for (String label : name.split("\\.", -1)) {
            if (label.isEmpty()) {
                return Optional.of(emptyLabel(host));
            }
            if (label.length() > MAX_LABEL) {
                return Optional.of(Messages.bind(Messages.HostNames_labelTooLong, host, MAX_LABEL));
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return Optional.of(Messages.bind(Messages.HostNames_hyphen, host));
            }
            if (!label.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-')) {
                return Optional.of(Messages.bind(Messages.HostNames_badCharacter, host));
            }
        }
        return Optional.empty();
    }

    /**
     * The first character no host name can have, in the administrator's words: a space ("contains a space"), or
     * e.g. {@code _} or {@code *} ("contains '_'"). Letters of any script are allowed (an IDN), digits, hyphens and
     * dots.
     */
    private static Optional<String> forbiddenCharacter(String host) {
        for (int i = 0; i < host.length(); i = host.offsetByCodePoints(i, 1)) {
            int c = host.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return Optional.of(Messages.bind(Messages.HostNames_space, host));
            }
            if (!Character.isLetterOrDigit(c) && c != '-' && !isDot(c) && Character.getType(c) != Character.NON_SPACING_MARK
                    && Character.getType(c) != Character.COMBINING_SPACING_MARK) {
                return Optional.of(Messages.bind(c == '*' ? Messages.HostNames_wildcard : Messages.HostNames_character,
                        new String(Character.toChars(c)), host));
            }
        }
        return Optional.empty();
    }

    /** Empty labels, hyphens at a label's ends and over-long labels, checked before IDNA so that we say why. */
    private static Optional<String> labelProblem(String host) {
        StringBuilder label = new StringBuilder();
        int[] points = host.codePoints().toArray();
        for (int i = 0; i <= points.length; i++) {
            if (i < points.length && !isDot(points[i])) {
                label.appendCodePoint(points[i]);
                continue;
            }
            boolean trailingDot = i == points.length - 1 && i > 0;
            boolean end = i == points.length;
            if (label.isEmpty() && !(end && points.length > 0 && isDot(points[points.length - 1]))) {
                return Optional.of(emptyLabel(host));
            }
            if (!label.isEmpty() && (label.charAt(0) == '-' || label.charAt(label.length() - 1) == '-')) {
                return Optional.of(Messages.bind(Messages.HostNames_hyphen, host));
            }
            if (label.length() > MAX_LABEL) {
                return Optional.of(Messages.bind(Messages.HostNames_labelTooLong, host, MAX_LABEL));
            }
            label.setLength(0);
            if (trailingDot) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String emptyLabel(String host) {
        return Messages.bind(Messages.HostNames_emptyLabel, host);
    }

    /** A label separator as IDNA reads it: the full stop, the ideographic and the full-width ones. */
    private static boolean isDot(int c) {
        return c == '.' || c == '\u3002' || c == '\uFF0E' || c == '\uFF61';
    }
}
