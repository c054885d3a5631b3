package org.agentproxy.simulation.internal.impact;

import java.util.Arrays;

/** A small open-addressing map from byte strings to non-negative {@code int}s: a cache of values already checked. */
final class ByteKeys {

    private byte[][] keys = new byte[64][];
    private int[] hashes = new int[64];
    private int[] values = new int[64];
    private int size;

    /** The value of {@code b[from, to)}, or -1 when absent. */
    int get(byte[] b, int from, int to) {
        int h = hash(b, from, to);
        int mask = keys.length - 1;
        for (int i = h & mask;; i = (i + 1) & mask) {
            byte[] k = keys[i];
            if (k == null) {
                return -1;
            }
            if (hashes[i] == h && Arrays.equals(k, 0, k.length, b, from, to)) {
                return values[i];
            }
        }
    }

    void put(byte[] b, int from, int to, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(Arrays.copyOfRange(b, from, to), hash(b, from, to), value);
        size++;
    }

    private void insert(byte[] key, int h, int value) {
        int mask = keys.length - 1;
        int i = h & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        hashes[i] = h;
        values[i] = value;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        hashes = new int[keys.length];
        values = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldHashes[i], oldValues[i]);
            }
        }
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }
}
