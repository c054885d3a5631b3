package org.agentproxy.policy;

import java.util.List;

/**
 * A custom Smart Protection source list for the internal agents whose address is in a range.
 *
 * @param name    list name, unique
 * @param range   the agents' address range; ranges of different lists may not overlap
 * @param sources SPS in order: the agent tries the next on failure
 */
public record CustomSourceList(String name, IpRange range, List<SpsSource> sources) {

    public CustomSourceList {
        name = Values.text(name);
        sources = Values.list(sources);
    }
}
