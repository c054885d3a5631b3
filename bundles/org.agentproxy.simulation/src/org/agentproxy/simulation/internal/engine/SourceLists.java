package org.agentproxy.simulation.internal.engine;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.IpRange;
import org.agentproxy.policy.net.IpAddresses;

/**
 * Rule R3's choice of source list: "the custom list whose IP range holds the agent, else the standard list". The
 * first list in order wins; a range that is not two addresses of one family holds nobody. The fleet impact uses
 * the same ranges, so one agent gets the same list both ways.
 */
public final class SourceLists {

    private SourceLists() {
    }

    /** The ranges of the custom lists in order: {@code [i][0]} from, {@code [i][1]} to; {@code null} when invalid. */
    public static IpBits[][] ranges(List<CustomSourceList> lists) {
        IpBits[][] ranges = new IpBits[lists.size()][];
        for (int i = 0; i < ranges.length; i++) {
            IpRange r = lists.get(i).range();
            Optional<InetAddress> from = r == null ? Optional.empty() : IpAddresses.parse(r.from());
            Optional<InetAddress> to = r == null ? Optional.empty() : IpAddresses.parse(r.to());
            if (from.isPresent() && to.isPresent()) {
                IpBits f = IpBits.of(from.get());
                IpBits t = IpBits.of(to.get());
                ranges[i] = f.v6() == t.v6() ? new IpBits[] { f, t } : null;
            }
        }
        return ranges;
    }

    /** The index of the first custom list holding the address, or -1 for the standard list. */
    public static int indexOf(IpBits[][] ranges, boolean v6, long hi, long lo) {
        for (int i = 0; i < ranges.length; i++) {
            IpBits[] r = ranges[i];
            if (r != null && IpBits.within(v6, hi, lo, r[0], r[1])) {
                return i;
            }
        }
        return -1;
    }
}
