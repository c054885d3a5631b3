package org.agentproxy.policy.net;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** Strict parsing of IPv4 and IPv6 literals, never a DNS lookup. */
public final class IpAddresses {

    private IpAddresses() {
    }

    /** The address a literal denotes: dotted-quad IPv4, or IPv6 (optionally in brackets); empty otherwise. */
    public static Optional<InetAddress> parse(String literal) {
        if (literal == null || literal.isEmpty()) {
            return Optional.empty();
        }
        String s = literal.startsWith("[") && literal.endsWith("]") ? literal.substring(1, literal.length() - 1)
                : literal;
        if (s.indexOf(':') >= 0) {
            return parseIpv6(s);
        }
        return parseIpv4(s);
    }

    /** Whether the literal is an IPv4 or IPv6 address. */
    public static boolean isLiteral(String literal) {
        return parse(literal).isPresent();
    }

    /** The address family of an address. */
    public static AddressFamily familyOf(InetAddress address) {
        return address instanceof Inet6Address ? AddressFamily.IPV6 : AddressFamily.IPV4;
    }

    /** The address as an unsigned number, to order and compare addresses of one family. */
    public static BigInteger toNumber(InetAddress address) {
        return new BigInteger(1, address.getAddress());
    }

    private static Optional<InetAddress> parseIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (p.length() > 1 && p.charAt(0) == '0')) {
                return Optional.empty();
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) v;
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> parseIpv6(String s) {
        // zone ids (fe80::1%eth0) name an interface of one machine: meaningless in a policy
        if (s.indexOf('%') >= 0 || !s.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
            return Optional.empty();
        }
        try {
            // a string with ':' is parsed as an IPv6 literal by the JDK, with no name service lookup
            InetAddress address = InetAddress.getByName(s);
            return Optional.of(address);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
