package org.agentproxy.simulation.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.LocationAwareness;
import org.agentproxy.policy.LocationMode;
import org.agentproxy.policy.net.IpAddresses;
import org.agentproxy.policy.net.MacAddresses;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.Location;
import org.agentproxy.simulation.LocationReport;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.Rule;

/**
 * R0: "gateway mode — the agent's gateway IP (and MAC, if listed) in the list → internal, else external.
 * Reachability mode — server reachable → internal; else any reference server reachable → internal; else external."
 */
final class LocationRule {

    private LocationRule() {
    }

    static LocationReport decide(Evaluation e) {
        LocationAwareness la = e.policy.locationAwareness();
        return la.mode() == LocationMode.GATEWAY ? byGateway(e, la.gateways()) : byReachability(e, la);
    }

    private static LocationReport byGateway(Evaluation e, List<Gateway> gateways) {
        Gateway own = e.agent.gateway();
        if (own == null || own.ip() == null) {
            String why = Messages.LocationRule_noGateway;
            return new LocationReport(Location.EXTERNAL, why, List.of(new Attempt("gateway (none)", Route.DIRECT, null,
                    Outcome.FAILED, Cause.NOT_IN_GATEWAY_LIST, Messages.LocationRule_noGatewayReason, Rule.R0, why)));
        }
        String label = own.mac() == null ? Messages.bind(Messages.LocationRule_gateway, own.ip())
                : Messages.bind(Messages.LocationRule_gatewayWithMac, own.ip(), own.mac());
        int ipOnly = -1;
        for (int i = 0; i < gateways.size(); i++) {
            Gateway g = gateways.get(i);
            if (g.ip() == null || !sameIp(g.ip(), own.ip())) {
                continue;
            }
            if (g.mac() == null || (own.mac() != null && sameMac(g.mac(), own.mac()))) {
                String why = g.mac() == null ? Messages.bind(Messages.LocationRule_listed, own.ip(), i)
                        : Messages.bind(Messages.LocationRule_listedWithMac, own.ip(), g.mac(), i);
                return new LocationReport(Location.INTERNAL, why,
                        List.of(new Attempt(label, Route.DIRECT, null, Outcome.OK, null, null, Rule.R0, why)));
            }
            ipOnly = ipOnly < 0 ? i : ipOnly;
        }
        String reason = ipOnly >= 0
                ? (own.mac() == null ? Messages.bind(Messages.LocationRule_macUnknown, ipOnly)
                        : Messages.bind(Messages.LocationRule_macDiffers, ipOnly, own.mac(), gateways.get(ipOnly).mac()))
                : Messages.bind(Messages.LocationRule_notListed, own.ip());
        String why = Messages.bind(Messages.LocationRule_external, reason);
        return new LocationReport(Location.EXTERNAL, why, List.of(new Attempt(label, Route.DIRECT, null,
                Outcome.FAILED, Cause.NOT_IN_GATEWAY_LIST, reason, Rule.R0, why)));
    }

    private static LocationReport byReachability(Evaluation e, LocationAwareness la) {
        List<Step> steps = new ArrayList<>();
        if (e.server != null) {
            steps.add(new Step(e.server, probeVia(e, e.server), Rule.R0,
                    Messages.LocationRule_probeServer));
        }
        for (int i = 0; i < la.referenceServers().size(); i++) {
            HostPort ref = la.referenceServers().get(i);
            if (ref.host() != null) {
                Endpoint target = e.network.target(ref.host(), ref.port());
                steps.add(new Step(target, probeVia(e, target), Rule.R0, Messages.bind(Messages.LocationRule_probeReference, i + 1,
                        la.referenceServers().size())));
            }
        }
        List<Attempt> attempts = e.executor().attempts(e.agentParty, steps, false);
        Attempt ok = attempts.stream().filter(Attempt::ok).findFirst().orElse(null);
        String why;
        if (ok == null) {
            why = Messages.LocationRule_noneAnswers;
        } else if (e.server != null && ok.target().equals(e.server.label())) {
            why = Messages.bind(Messages.LocationRule_serverAnswers, ok.target());
        } else {
            why = Messages.bind(Messages.LocationRule_referenceAnswers, ok.target());
        }
        return new LocationReport(ok == null ? Location.EXTERNAL : Location.INTERNAL, why, attempts);
    }

    /** The probe's route: direct, or through the internal proxy when the parameter says so. */
    private static Via probeVia(Evaluation e, Endpoint target) {
        if (!e.params.locationProbeUsesInternalProxy()) {
            return Via.direct(Messages.LocationRule_probeDirect);
        }
        return e.routes.internalServer(target);
    }

    private static boolean sameIp(String a, String b) {
        return IpAddresses.parse(a).equals(IpAddresses.parse(b)) && IpAddresses.parse(a).isPresent();
    }

    private static boolean sameMac(String a, String b) {
        return MacAddresses.isValid(a) && MacAddresses.isValid(b)
                && MacAddresses.normalize(a).equals(MacAddresses.normalize(b));
    }
}
