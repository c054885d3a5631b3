package org.agentproxy.simulation.internal.impact;

import java.util.Arrays;

/** A growable list of {@code int}s. */
public final class IntList {

    private int[] values = new int[16];
    private int size;

    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    public int get(int index) {
        return values[index];
    }

    /** Adds one to the value at an index. */
    public void increment(int index) {
        values[index]++;
    }

    /** Adds {@code delta} to the value at an index. */
    public void add(int index, int delta) {
        values[index] += delta;
    }

    public void addAll(IntList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    public int size() {
        return size;
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
