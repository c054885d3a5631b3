package org.agentproxy.simulation.internal.impact;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.agentproxy.policy.Gateway;
import org.agentproxy.simulation.scenario.AgentProxy;

/**
 * An inventory in columns: one primitive array per field, the repeated values (gateways, domains, user proxies)
 * as indexes into small dictionaries, the agent ids as UTF-8 bytes in one array (a million ids are one object, not
 * a million strings; {@link #id(int)} makes the string on access). Reading a row allocates nothing. Immutable once
 * built.
 */
public final class InventoryData {

    /** {@link #flags}: the agent family (0 IPv4, 1 IPv6, 2 dual; {@code AgentFamily.ordinal()}). */
    public static final int FAMILY = 3;
    /** {@link #flags}: the agent's address is IPv6. */
    public static final int V6 = 4;
    /** {@link #flags}: the agent detects the automatic proxy settings. */
    public static final int AUTO = 8;

    public final int size;
    /** The ids' UTF-8 bytes, one after the other: row {@code r}'s from {@code idStart[r]} to {@code idStart[r + 1]}. */
    public final byte[] idBytes;
    /** {@link #size} + 1 offsets into {@link #idBytes}. */
    public final int[] idStart;
    /** {@link #fold(String)} of each id: finds the agents the agent tree names without touching the strings. */
    public final int[] idFolds;
    public final long[] ipHi;
    public final long[] ipLo;
    public final byte[] flags;
    /** Index into {@link #gateways}; 0 is "no gateway". */
    public final int[] gateway;
    /** Index into {@link #domains}. */
    public final int[] domain;
    /** Index into {@link #userProxies}; 0 is "none". */
    public final int[] userProxy;
    /** Index 0 is {@code null}. */
    public final List<Gateway> gateways;
    public final List<String> domains;
    /** Index 0 is {@code null}. */
    public final List<AgentProxy> userProxies;

    InventoryData(int size, byte[] idBytes, int[] idStart, int[] idFolds, long[] ipHi, long[] ipLo, byte[] flags,
            int[] gateway, int[] domain, int[] userProxy, List<Gateway> gateways, List<String> domains,
            List<AgentProxy> userProxies) {
        this.size = size;
        this.idBytes = idBytes;
        this.idStart = idStart;
        this.idFolds = idFolds;
        this.ipHi = ipHi;
        this.ipLo = ipLo;
        this.flags = flags;
        this.gateway = gateway;
        this.domain = domain;
        this.userProxy = userProxy;
        this.gateways = gateways;
        this.domains = domains;
        this.userProxies = userProxies;
    }

    /** The id of the agent in a row. */
    public String id(int row) {
        return new String(idBytes, idStart[row], idStart[row + 1] - idStart[row], StandardCharsets.UTF_8);
    }

    /**
     * A hash that ignores case as {@link String#equalsIgnoreCase} does (each char folded to
     * {@code toLowerCase(toUpperCase(c))}): names equal ignoring case have equal folds.
     */
    public static int fold(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        }
        return h;
    }
}
