package org.agentproxy.policy.validation;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.agentproxy.policy.AutomaticProxy;
import org.agentproxy.policy.Gateway;
import org.agentproxy.policy.LocationAwareness;
import org.agentproxy.policy.LocationMode;
import org.agentproxy.policy.UpdateSettings;
import org.agentproxy.policy.UpdateSource;
import org.agentproxy.policy.net.HostNames;
import org.agentproxy.policy.net.IpAddresses;
import org.agentproxy.policy.net.MacAddresses;

/** Checks of the related settings: automatic proxy, location awareness, updates, bypass list. */
final class RelatedRules {

    private RelatedRules() {
    }

    static void automaticProxy(Problems p, AutomaticProxy automatic) {
        if (automatic.pacUrl() != null) {
            Urls.webProblem(automatic.pacUrl()).ifPresent(reason -> p.error("pacUrl", reason));
        }
    }

    static void location(Problems p, LocationAwareness location) {
        if (location.mode() == LocationMode.GATEWAY && location.gateways().isEmpty()) {
            p.error("gateways", Messages.RelatedRules_gatewaysNeeded);
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < location.gateways().size(); i++) {
            Gateway gateway = location.gateways().get(i);
            Problems gp = p.at("gateways", i);
            Optional<InetAddress> ip = gateway.ip() == null ? Optional.empty() : IpAddresses.parse(gateway.ip());
            if (gateway.ip() == null) {
                gp.error("ip", Messages.Rules_required);
            } else if (ip.isEmpty()) {
                gp.error("ip", Messages.bind(Messages.RelatedRules_notAnAddress, gateway.ip()));
            }
            if (gateway.mac() != null && !MacAddresses.isValid(gateway.mac())) {
                gp.error("mac", Messages.bind(Messages.RelatedRules_notAMac, gateway.mac()));
            }
            if (ip.isPresent()) {
                String key = ip.get().getHostAddress() + "/"
                        + (gateway.mac() == null ? "" : MacAddresses.normalize(gateway.mac()));
                Integer first = seen.putIfAbsent(key, i);
                if (first != null) {
                    gp.error("ip", Messages.bind(Messages.RelatedRules_duplicateGateway, first));
                }
            }
        }
        for (int i = 0; i < location.referenceServers().size(); i++) {
            EndpointRules.hostPort(p.at("referenceServers", i), location.referenceServers().get(i));
        }
    }

    static void updates(Problems p, UpdateSettings updates) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < updates.sources().size(); i++) {
            UpdateSource source = updates.sources().get(i);
            Problems sp = p.at("sources", i);
            if (source.url() == null) {
                sp.error("url", Messages.Rules_required);
                continue;
            }
            Urls.webProblem(source.url()).ifPresent(reason -> sp.error("url", reason));
            // scheme and host compare without case, the path with it
            Integer first = seen.putIfAbsent(Urls.comparable(source.url()), i);
            if (first != null) {
                sp.error("url", Messages.bind(Messages.RelatedRules_duplicateSource, first));
            }
        }
    }

    static void bypass(Problems p, List<String> bypassList) {
        for (int i = 0; i < bypassList.size(); i++) {
            Problems ep = p.at("bypassList", i);
            bypassProblem(bypassList.get(i)).ifPresent(ep::error);
        }
    }

    /** Why a bypass entry is not a host, {@code *.domain}, address, CIDR range or {@code <local>}. */
    static Optional<String> bypassProblem(String entry) {
        if ("<local>".equalsIgnoreCase(entry)) {
            return Optional.empty();
        }
        int slash = entry.indexOf('/');
        if (slash >= 0) {
            Optional<InetAddress> net = IpAddresses.parse(entry.substring(0, slash));
            String bits = entry.substring(slash + 1);
            int max = net.map(a -> a.getAddress().length * 8).orElse(-1);
            if (net.isEmpty() || !bits.matches("\\d{1,3}") || Integer.parseInt(bits) > max) {
                return Optional.of(Messages.bind(Messages.RelatedRules_notACidr, entry));
            }
            return Optional.empty();
        }
        String host = entry.startsWith("*.") ? entry.substring(2) : entry;
        return HostNames.problem(host).map(reason -> Messages.bind(Messages.RelatedRules_notABypassEntry, entry, reason));
    }
}
