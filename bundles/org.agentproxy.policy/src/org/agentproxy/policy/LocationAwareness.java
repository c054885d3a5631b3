package org.agentproxy.policy;

import java.util.List;

/**
 * Location awareness: how agents tell internal from external.
 *
 * @param mode             gateway list or reachability
 * @param gateways         gateways that mean "internal" (gateway mode)
 * @param referenceServers servers whose reachability means "internal" when the server is not reachable
 */
public record LocationAwareness(LocationMode mode, List<Gateway> gateways, List<HostPort> referenceServers) {

    public static final LocationAwareness DEFAULT = new LocationAwareness(LocationMode.REACHABILITY, List.of(),
            List.of());

    public LocationAwareness {
        mode = Values.orElse(mode, LocationMode.REACHABILITY);
        gateways = Values.list(gateways);
        referenceServers = Values.list(referenceServers);
    }

    public LocationAwareness withMode(LocationMode value) {
        return new LocationAwareness(value, gateways, referenceServers);
    }

    public LocationAwareness withGateways(List<Gateway> value) {
        return new LocationAwareness(mode, value, referenceServers);
    }

    public LocationAwareness withReferenceServers(List<HostPort> value) {
        return new LocationAwareness(mode, gateways, value);
    }
}
