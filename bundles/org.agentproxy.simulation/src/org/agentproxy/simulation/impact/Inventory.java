package org.agentproxy.simulation.impact;

import org.agentproxy.simulation.internal.impact.BadValue;
import org.agentproxy.simulation.internal.impact.InventoryBuilder;
import org.agentproxy.simulation.internal.impact.InventoryData;
import org.agentproxy.simulation.scenario.AgentFamily;

/**
 * The agents of a fleet, as an administrator exports them: id, address, gateway, domain, family, whether automatic
 * proxy settings are detected, the user proxy. Stored in columns so that a million agents take little memory and
 * are read without allocation. Immutable; read from CSV by {@link InventoryReader}.
 */
public final class Inventory {

    /** The header line of an inventory CSV file: these columns in this order. */
    public static final String HEADER = "agent_id,ip,gateway_ip,gateway_mac,domain,address_family,"
            + "auto_proxy_detected,user_proxy";

    final InventoryData data;

    Inventory(InventoryData data) {
        this.data = data;
    }

    /** The number of agents. */
    public int size() {
        return data.size;
    }

    /** The id of the agent in a row (0-based, in file order). */
    public String agentId(int row) {
        return data.id(row);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an inventory row by row, e.g. a generated one; each value is checked as the CSV reader checks it. */
    public static final class Builder {

        private final InventoryBuilder rows = new InventoryBuilder();

        private Builder() {
        }

        /**
         * Adds an agent. Empty strings mean absent: no gateway, gateway MAC not known, no user proxy.
         *
         * @param domain     the domain path in the agent tree, names separated by {@code /}
         * @param userProxy  {@code host:port} ({@code [v6]:port}), or empty
         * @throws IllegalArgumentException naming the column, when a value is not acceptable
         */
        public Builder add(String agentId, String ip, String gatewayIp, String gatewayMac, String domain,
                AgentFamily family, boolean autoProxyDetected, String userProxy) {
            try {
                rows.add(agentId, ip, gatewayIp, gatewayMac, domain, family, autoProxyDetected, userProxy);
            } catch (BadValue e) {
                throw new IllegalArgumentException(e.column() + ": " + e.getMessage(), e);
            }
            return this;
        }

        public Inventory build() {
            return new Inventory(rows.build());
        }
    }
}
