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
        boolean bracketed = literal.startsWith("[") && literal.endsWith("]");
        String s = bracketed ? literal.substring(1, literal.length() - 1) : literal;
        if (s.indexOf(':') >= 0) {
            return parseIpv6(s);
        }
        // brackets are for IPv6 literals only
        return bracketed ? Optional.empty() : parseIpv4(s);
    }

    /** Whether the literal is an IPv4 or IPv6 address. */
    public static boolean isLiteral(String literal) {
        return parse(literal).isPresent();
    }

    /**
     * The text of an address in canonical form ({@code 2001:db8:0:0:0:0:0:1}), or the lower-case name for a host
     * that is not a literal: two spellings of one server compare equal.
     */
    public static String canonicalHost(String host) {
        return parse(host).map(InetAddress::getHostAddress).orElse(host.toLowerCase(java.util.Locale.ROOT));
    }

    /** The address family of an address (IPv4-mapped IPv6 addresses count as IPv4, as the JDK maps them). */
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
            // in brackets the JDK parses an IPv6 literal or fails; it never asks the name service
            InetAddress address = InetAddress.getByName("[" + s + "]");
            return Optional.of(address);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
