package org.agentproxy.simulation.internal.impact;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Growable inventory columns, filled row by row (by {@link InventoryBuilder} or one chunk of a file). */
final class Columns {

    int size;
    byte[] idBytes = new byte[16 * 1024];
    int idLength;
    int[] idStart = new int[1025];
    /** Case-sensitive hash of each id's bytes (duplicate check). */
    int[] idHash = new int[1024];
    int[] idFold = new int[1024];
    long[] hi = new long[1024];
    long[] lo = new long[1024];
    byte[] flags = new byte[1024];
    int[] gateway = new int[1024];
    int[] domain = new int[1024];
    int[] userProxy = new int[1024];

    /** Starts a row: makes room; the caller then sets the values at index {@link #size} and calls {@link #end}. */
    void begin() {
        if (size + 1 >= idStart.length) {
            int n = idStart.length * 2;
            idStart = Arrays.copyOf(idStart, n);
            idHash = Arrays.copyOf(idHash, n);
            idFold = Arrays.copyOf(idFold, n);
            hi = Arrays.copyOf(hi, n);
            lo = Arrays.copyOf(lo, n);
            flags = Arrays.copyOf(flags, n);
            gateway = Arrays.copyOf(gateway, n);
            domain = Arrays.copyOf(domain, n);
            userProxy = Arrays.copyOf(userProxy, n);
        }
    }

    /** Sets the id of the current row from ASCII or UTF-8 bytes. */
    void id(byte[] b, int from, int to, boolean ascii) {
        int n = to - from;
        if (idLength + n > idBytes.length) {
            long want = Math.max((long) idBytes.length * 2, (long) idLength + n);
            if (want > Integer.MAX_VALUE - 16) {
                throw new BadValue("agent_id", "the agent ids take more than 2 GB");
            }
            idBytes = Arrays.copyOf(idBytes, (int) want);
        }
        System.arraycopy(b, from, idBytes, idLength, n);
        int h = 0;
        int f = 0;
        for (int i = from; i < to; i++) {
            int c = b[i];
            h = 31 * h + c;
            if (ascii) {
                f = 31 * f + (c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
        }
        idStart[size] = idLength;
        idLength += n;
        idHash[size] = h;
        idFold[size] = ascii ? f : InventoryData.fold(new String(b, from, n, StandardCharsets.UTF_8));
    }

    void id(String id) {
        byte[] b = id.getBytes(StandardCharsets.UTF_8);
        id(b, 0, b.length, b.length == id.length());
    }

    /** Sets the current row's other values and ends it. */
    void set(org.agentproxy.simulation.internal.engine.IpBits bits, byte rowFlags, int gatewayIndex, int domainIndex,
            int proxyIndex) {
        set(bits.hi(), bits.lo(), rowFlags, gatewayIndex, domainIndex, proxyIndex);
    }

    void set(long ipHi, long ipLo, byte rowFlags, int gatewayIndex, int domainIndex, int proxyIndex) {
        hi[size] = ipHi;
        lo[size] = ipLo;
        flags[size] = rowFlags;
        gateway[size] = gatewayIndex;
        domain[size] = domainIndex;
        userProxy[size] = proxyIndex;
        end();
    }

    /** Ends the current row. */
    void end() {
        size++;
        idStart[size] = idLength;
    }

    boolean sameId(int row, Columns other, int otherRow) {
        return Arrays.equals(idBytes, idStart[row], idStart[row + 1], other.idBytes, other.idStart[otherRow],
                other.idStart[otherRow + 1]);
    }
}
