package org.agentproxy.simulation.internal.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.agentproxy.policy.AgentTreeNode;
import org.agentproxy.policy.ApplyMode;
import org.agentproxy.policy.Grant;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.UserProxyPrivilege;
import org.agentproxy.simulation.Location;
import org.agentproxy.simulation.internal.engine.Engine;
import org.agentproxy.simulation.internal.engine.IpBits;
import org.agentproxy.simulation.internal.engine.SourceLists;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.AgentFamily;
import org.agentproxy.simulation.scenario.Scenario;

/**
 * What one policy decides for the parts of an inventory that repeat, computed once: the location per gateway and
 * family (by the engine's own R0), the source-list ranges, the privilege per domain. {@link #key} folds everything
 * the engine reads from an agent into one number: agents with equal keys get equal reports.
 */
final class PolicyTables {

    private static final String[] PLACEHOLDER_IP = { "192.0.2.1", "2001:db8::1", "192.0.2.1" };

    private final UserProxyPrivilege privilege;
    private final byte[] internal;
    private final IpBits[][] ranges;
    private final long lists;
    private final byte[] granted;
    /** Per domain: the folds of the names right below it, or {@code null} (see {@link #namesBelow}). */
    private final int[][] agentFolds;
    private final List<List<String>> domainPaths;
    private final boolean automaticProxy;

    PolicyTables(Policy policy, InventoryData d, Scenario world) {
        this.privilege = policy.userProxyPrivilege();
        this.internal = new byte[d.gateways.size() * 3];
        for (int g = 0; g < d.gateways.size(); g++) {
            for (AgentFamily family : AgentFamily.values()) {
                AgentFacts probe = new AgentFacts(null, PLACEHOLDER_IP[family.ordinal()], family, d.gateways.get(g),
                        null, false, null, null, null);
                boolean in = Engine.locate(policy, world.withAgent(probe)) == Location.INTERNAL;
                internal[g * 3 + family.ordinal()] = (byte) (in ? 1 : 0);
            }
        }
        this.ranges = SourceLists.ranges(policy.smartProtectionSources().customLists());
        this.lists = ranges.length + 1L;
        this.granted = new byte[d.domains.size()];
        this.agentFolds = new int[d.domains.size()][];
        this.domainPaths = new ArrayList<>(d.domains.size());
        for (int i = 0; i < d.domains.size(); i++) {
            List<String> path = AgentFacts.at(PLACEHOLDER_IP[0]).withDomain(d.domains.get(i)).domainPath();
            domainPaths.add(path);
            granted[i] = (byte) (privilege.isGranted(path).orElse(false) ? 1 : 0);
            agentFolds[i] = namesBelow(path);
        }
        this.automaticProxy = policy.automaticProxy().enabled();
    }

    /**
     * Everything the engine reads from the agent in a row: location, family, source list, privilege, automatic proxy
     * use and (only where it can matter) the user proxy.
     */
    long key(InventoryData d, int row) {
        int flags = d.flags[row];
        int family = flags & InventoryData.FAMILY;
        int location = internal[d.gateway[row] * 3 + family];
        int list = SourceLists.indexOf(ranges, (flags & InventoryData.V6) != 0, d.ipHi[row], d.ipLo[row]) + 1;
        int domain = d.domain[row];
        int grant = granted[domain];
        int[] folds = agentFolds[domain];
        if (folds != null && contains(folds, d.idFolds[row])) {
            List<String> path = new ArrayList<>(domainPaths.get(domain));
            path.add(d.id(row));
            grant = privilege.isGranted(path).orElse(false) ? 1 : 0;
        }
        int automatic = automaticProxy && (flags & InventoryData.AUTO) != 0 ? 1 : 0;
        long userProxy = grant == 1 && automatic == 0 ? d.userProxy[row] : 0;
        return (((userProxy * lists + list) * 2 + location) * 4 + family) * 4 + grant * 2 + automatic;
    }

    private static boolean contains(int[] folds, int fold) {
        for (int f : folds) {
            if (f == fold) {
                return true; // maybe: the exact check is isGranted itself
            }
        }
        return false;
    }

    /**
     * The folds ({@link InventoryData#fold}) of the names of the nodes right below a domain, when an agent's own
     * node there can change its privilege ({@code isGranted} walks the path down to the agent); otherwise
     * {@code null}.
     */
    private int[] namesBelow(List<String> path) {
        if (privilege.applyMode() == ApplyMode.ALL_AGENTS || privilege.root().grant() == Grant.INHERIT) {
            return null;
        }
        AgentTreeNode node = privilege.root();
        for (String name : path) {
            node = node.children().stream().filter(c -> c.name() != null && c.name().equalsIgnoreCase(name))
                    .findFirst().orElse(null);
            if (node == null) {
                return null;
            }
        }
        int[] folds = node.children().stream().filter(c -> c.name() != null).mapToInt(c -> InventoryData.fold(c.name()))
                .toArray();
        return folds.length == 0 ? null : folds;
    }

    static String ip(InventoryData d, int row) {
        if ((d.flags[row] & InventoryData.V6) == 0) {
            long v = d.ipLo[row];
            return (v >>> 24) + "." + ((v >>> 16) & 0xff) + "." + ((v >>> 8) & 0xff) + "." + (v & 0xff);
        }
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (d.ipHi[row] >>> (56 - 8 * i));
            b[8 + i] = (byte) (d.ipLo[row] >>> (56 - 8 * i));
        }
        try {
            return java.net.InetAddress.getByAddress(b).getHostAddress();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(Arrays.toString(b), e);
        }
    }
}
