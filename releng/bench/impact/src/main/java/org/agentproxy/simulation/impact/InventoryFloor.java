package org.agentproxy.simulation.impact;

import org.agentproxy.simulation.internal.impact.InventoryData;

/**
 * The memory floor of the impact analysis: one pass over the same columns the analysis reads per agent (address,
 * flags, gateway, domain, user proxy, id fold), doing nothing but folding them into a number. In the benchmark only (same
 * package as {@link Inventory}, on a plain classpath), so the product keeps its inventory columns private.
 */
public final class InventoryFloor {

    private InventoryFloor() {
    }

    public static long read(Inventory inventory) {
        InventoryData d = inventory.data;
        long h = 0;
        for (int row = 0; row < d.size; row++) {
            h += d.ipHi[row] ^ d.ipLo[row];
            h += d.flags[row] + d.gateway[row] + ((long) d.domain[row] << 8) + ((long) d.userProxy[row] << 16)
                    + ((long) d.idFolds[row] << 24);
        }
        return h;
    }
}
