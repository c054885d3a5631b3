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
            return Optional.of("is empty");
        }
        if (host.indexOf(':') >= 0 || host.startsWith("[")) {
            return IpAddresses.parse(host).isPresent() ? Optional.empty()
                    : Optional.of("\"" + host + "\" is not a valid IPv6 address");
        }
        if (host.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')) {
            return IpAddresses.parse(host).isPresent() ? Optional.empty()
                    : Optional.of("\"" + host + "\" is not a valid IPv4 address");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return Optional.of("\"" + host + "\" is not a valid host name (" + e.getMessage() + ")");
        }
        String name = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
        if (name.length() > MAX_NAME) {
            return Optional.of("host name is longer than " + MAX_NAME + " characters");
        }
        for (String label : name.split("\\.", -1)) {
            if (label.isEmpty()) {
                return Optional.of("\"" + host + "\" has an empty label (two dots in a row, or a leading dot)");
            }
            if (label.length() > MAX_LABEL) {
                return Optional.of("\"" + host + "\" has a label longer than " + MAX_LABEL + " characters");
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return Optional.of("\"" + host + "\" has a label that starts or ends with '-'");
            }
            if (!label.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-')) {
                return Optional.of("\"" + host + "\" contains a character not allowed in a host name");
            }
        }
        return Optional.empty();
    }
}
