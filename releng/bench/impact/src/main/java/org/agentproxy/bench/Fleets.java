package org.agentproxy.bench;

import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.scenario.AgentFamily;

/** The benchmark's fleet ({@link GenerateInventory#rows}) as an {@link Inventory} in memory. */
final class Fleets {

    private Fleets() {
    }

    static Inventory generate(int agents, long seed) {
        Inventory.Builder b = Inventory.builder();
        GenerateInventory.rows(agents, seed, (id, ip, gatewayIp, gatewayMac, domain, family, auto, userProxy) -> b.add(
                id, ip, gatewayIp, gatewayMac, domain, AgentFamily.valueOf(family.toUpperCase()), auto, userProxy));
        return b.build();
    }
}
