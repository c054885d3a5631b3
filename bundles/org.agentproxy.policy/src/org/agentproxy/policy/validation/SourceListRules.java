package org.agentproxy.policy.validation;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.IpRange;
import org.agentproxy.policy.SmartProtectionSources;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.net.IpAddresses;

/**
 * Checks of the Smart Protection source lists: entries, duplicates, custom list ranges, and the warnings of
 * {@link GlobalProxyHttps} (keyed by field path) where they belong.
 */
final class SourceListRules {

    private SourceListRules() {
    }

    static void check(Problems p, SmartProtectionSources sources, Map<String, String> httpsWarnings) {
        sources(p, "standardList", sources.standardList(), httpsWarnings);
        List<ParsedRange> ranges = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < sources.customLists().size(); i++) {
            CustomSourceList list = sources.customLists().get(i);
            Problems lp = p.at("customLists", i);
            if (list.name() == null) {
                lp.error("name", Messages.Rules_required);
            } else {
                Integer first = names.putIfAbsent(list.name().toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    lp.error("name", Messages.bind(Messages.SourceListRules_nameUsed, list.name(), first));
                }
            }
            range(lp, list.range(), i).ifPresent(r -> {
                for (ParsedRange other : ranges) {
                    if (other.overlaps(r)) {
                        lp.error("range", Messages.bind(Messages.SourceListRules_overlaps, list.range(),
                                other.index(), other.text()));
                    }
                }
                ranges.add(r);
            });
            if (list.sources().isEmpty()) {
                lp.warning("sources", Messages.SourceListRules_noServer);
            }
            sources(lp, "sources", list.sources(), httpsWarnings);
        }
    }

    private static void sources(Problems p, String field, List<SpsSource> list, Map<String, String> httpsWarnings) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            SpsSource source = list.get(i);
            Problems sp = p.at(field, i);
            if (source.host() == null) {
                sp.error("host", Messages.Rules_required);
            }
            EndpointRules.optionalHost(sp, source.host());
            EndpointRules.port(sp, "port", source.port(), true);
            String https = httpsWarnings.get(sp.path("protocol"));
            if (https != null) {
                sp.warning("protocol", https);
            }
            if (source.host() != null) {
                String key = IpAddresses.canonicalHost(source.host()) + ":" + source.port();
                Integer first = seen.putIfAbsent(key, i);
                if (first != null) {
                    sp.error("host", Messages.bind(Messages.SourceListRules_duplicateSource, source.url(), field,
                            first));
                }
            }
        }
    }

    private static Optional<ParsedRange> range(Problems p, IpRange range, int index) {
        if (range == null) {
            p.error("range", Messages.Rules_required);
            return Optional.empty();
        }
        Problems rp = p.at("range");
        Optional<InetAddress> from = address(rp, "from", range.from());
        Optional<InetAddress> to = address(rp, "to", range.to());
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (from.get().getAddress().length != to.get().getAddress().length) {
            rp.error("to", Messages.bind(Messages.SourceListRules_sameFamily, range.from()));
            return Optional.empty();
        }
        BigInteger low = IpAddresses.toNumber(from.get());
        BigInteger high = IpAddresses.toNumber(to.get());
        if (low.compareTo(high) > 0) {
            rp.error("to", Messages.bind(Messages.SourceListRules_below, range.to(), range.from()));
            return Optional.empty();
        }
        return Optional.of(new ParsedRange(index, range.toString(), low, high, from.get().getAddress().length == 16));
    }

    private static Optional<InetAddress> address(Problems p, String field, String literal) {
        if (literal == null) {
            p.error(field, Messages.Rules_required);
            return Optional.empty();
        }
        Optional<InetAddress> address = IpAddresses.parse(literal);
        if (address.isEmpty()) {
            p.error(field, Messages.bind(Messages.RelatedRules_notAnAddress, literal));
        }
        return address;
    }

    private record ParsedRange(int index, String text, BigInteger low, BigInteger high, boolean ipv6) {

        boolean overlaps(ParsedRange o) {
            return ipv6 == o.ipv6 && low.compareTo(o.high) <= 0 && o.low.compareTo(high) <= 0;
        }
    }
}
