package org.agentproxy.simulation.internal.engine;

import java.net.InetAddress;

/**
 * An IP address as two unsigned 64-bit halves (an IPv4 address in the low half), to compare addresses without
 * allocating.
 *
 * @param v6 whether it is an IPv6 address
 * @param hi the high 64 bits (0 for IPv4)
 * @param lo the low 64 bits
 */
public record IpBits(boolean v6, long hi, long lo) {

    public static IpBits of(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return new IpBits(false, 0, read(b, 0, 4));
        }
        return new IpBits(true, read(b, 0, 8), read(b, 8, 8));
    }

    /** Whether {@code hi:lo} of the given family lies in {@code [from, to]}. */
    public static boolean within(boolean v6, long hi, long lo, IpBits from, IpBits to) {
        return v6 == from.v6 && compare(hi, lo, from.hi, from.lo) >= 0 && compare(hi, lo, to.hi, to.lo) <= 0;
    }

    private static int compare(long hi1, long lo1, long hi2, long lo2) {
        int c = Long.compareUnsigned(hi1, hi2);
        return c != 0 ? c : Long.compareUnsigned(lo1, lo2);
    }

    private static long read(byte[] b, int offset, int length) {
        long v = 0;
        for (int i = offset; i < offset + length; i++) {
            v = (v << 8) | (b[i] & 0xff);
        }
        return v;
    }
}
