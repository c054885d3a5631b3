package org.agentproxy.policy;

import java.util.List;

/**
 * Where agents get component updates: the sources in order, then the OfficeScan server, then ActiveUpdate
 * (the last only when allowed).
 *
 * @param sources           update sources and Update Agents, in order
 * @param allowActiveUpdate whether agents may fall back to Trend Micro ActiveUpdate
 */
public record UpdateSettings(List<UpdateSource> sources, boolean allowActiveUpdate) {

    public static final UpdateSettings DEFAULT = new UpdateSettings(List.of(), false);

    public UpdateSettings {
        sources = Values.list(sources);
    }

    public UpdateSettings withSources(List<UpdateSource> value) {
        return new UpdateSettings(value, allowActiveUpdate);
    }

    public UpdateSettings withAllowActiveUpdate(boolean value) {
        return new UpdateSettings(sources, value);
    }
}
