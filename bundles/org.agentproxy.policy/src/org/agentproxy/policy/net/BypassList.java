package org.agentproxy.policy.net;

import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The policy's bypass list: targets reached without the policy's proxies. An entry is {@code <local>} (a name
 * without a dot), {@code *.domain} (any name below the domain), a host name or address (that host), or a CIDR range
 * (addresses in it; names are never resolved, so a range never matches a name). The path engine and the validator
 * match with it, so both agree on which targets go without a proxy. Immutable and thread-safe.
 */
public final class BypassList {

    private final List<String> entries;

    public BypassList(List<String> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The first entry that matches the host, if any; the Trend Micro services ({@code null} host) match none. */
    public Optional<String> match(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String h = host.toLowerCase(Locale.ROOT);
        Optional<InetAddress> literal = IpAddresses.parse(h);
        for (String entry : entries) {
            if (matches(entry.toLowerCase(Locale.ROOT), h, literal)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String entry, String host, Optional<InetAddress> literal) {
        if (entry.equals("<local>")) {
            return literal.isEmpty() && host.indexOf('.') < 0;
        }
        if (entry.startsWith("*.")) {
            return literal.isEmpty() && host.endsWith(entry.substring(1));
        }
        int slash = entry.indexOf('/');
        if (slash >= 0) {
            return literal.isPresent() && inCidr(literal.get(), entry.substring(0, slash), entry.substring(slash + 1));
        }
        return literal.isPresent() ? IpAddresses.parse(entry).map(literal.get()::equals).orElse(false)
                : host.equals(entry.endsWith(".") ? entry.substring(0, entry.length() - 1) : entry);
    }

    private static boolean inCidr(InetAddress address, String network, String bits) {
        Optional<InetAddress> net = IpAddresses.parse(network);
        if (net.isEmpty() || !bits.matches("\\d{1,3}")) {
            return false;
        }
        byte[] a = address.getAddress();
        byte[] n = net.get().getAddress();
        int prefix = Integer.parseInt(bits);
        if (a.length != n.length || prefix > a.length * 8) {
            return false;
        }
        for (int i = 0; i < prefix; i++) {
            int mask = 0x80 >>> (i % 8);
            if ((a[i / 8] & mask) != (n[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
