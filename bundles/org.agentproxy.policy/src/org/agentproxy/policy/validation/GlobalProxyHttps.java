package org.agentproxy.policy.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agentproxy.policy.BuiltInFeatures;
import org.agentproxy.policy.CustomSourceList;
import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.net.BypassList;

/**
 * The HTTPS requirement of the Global Smart Protection Service proxy ("File-reputation SPS sources must use HTTPS for
 * this to work"), where it applies: only when a feature actually uses the proxy, and only for the sources such a
 * feature queries through it. Features routed through the proxy (rule R5) query the integrated SPS of the agent's
 * source list — the first integrated source of the standard list or of a custom list — through the proxy unless the
 * bypass list sends it direct. The path engine fails exactly those queries with {@code https-required}; the validator
 * warns about the same sources. Stateless.
 */
public final class GlobalProxyHttps {

    /**
     * A source a feature queries through the Global Smart Protection Service proxy.
     *
     * @param field  its field path, e.g. {@code smartProtectionSources.customLists[0].sources[1]}
     * @param list   the list's name for people: {@code the standard list} or {@code the custom list "Lyon"}
     * @param source the source
     */
    public record QueriedSource(String field, String list, SpsSource source) {

        /** Whether the source uses HTTP, so that the queries through the proxy fail. */
        public boolean http() {
            return source.protocol() == SpsProtocol.HTTP;
        }
    }

    private GlobalProxyHttps() {
    }

    /**
     * The features that use the proxy, by name for the built-in ones and by id for the others, in the policy's
     * order: none when the proxy is disabled. A built-in feature the policy has no settings for uses it ("Default
     * (uses the proxy)").
     */
    public static List<String> featuresUsingTheProxy(Policy policy) {
        GlobalSmartProtectionScope scope = policy.globalSmartProtection();
        if (!scope.proxy().enabled() || scope.proxy().host() == null) {
            return List.of();
        }
        List<String> users = new ArrayList<>();
        for (String builtIn : List.of(BuiltInFeatures.PREDICTIVE_MACHINE_LEARNING,
                BuiltInFeatures.BEHAVIOR_MONITORING)) {
            FeatureSettings s = scope.features().get(builtIn);
            if (s == null || s.useGlobalProxy()) {
                users.add(builtIn.equals(BuiltInFeatures.BEHAVIOR_MONITORING) ? Messages.GlobalProxyHttps_behaviorMonitoring
                        : Messages.GlobalProxyHttps_predictiveMachineLearning);
            }
        }
        for (Map.Entry<String, FeatureSettings> e : scope.features().entrySet()) {
            if (!e.getKey().equals(BuiltInFeatures.PREDICTIVE_MACHINE_LEARNING)
                    && !e.getKey().equals(BuiltInFeatures.BEHAVIOR_MONITORING) && e.getValue().useGlobalProxy()) {
                users.add(e.getKey());
            }
        }
        return users;
    }

    /**
     * The sources that features query through the proxy: per list, its first integrated source unless the bypass
     * list names its host. Empty when no feature uses the proxy.
     */
    public static List<QueriedSource> queriedSources(Policy policy) {
        if (featuresUsingTheProxy(policy).isEmpty()) {
            return List.of();
        }
        BypassList bypass = new BypassList(policy.bypassList());
        List<QueriedSource> out = new ArrayList<>();
        String base = "smartProtectionSources.";
        add(out, bypass, base + "standardList", Messages.GlobalProxyHttps_standardList,
                policy.smartProtectionSources().standardList());
        List<CustomSourceList> custom = policy.smartProtectionSources().customLists();
        for (int i = 0; i < custom.size(); i++) {
            add(out, bypass, base + "customLists[" + i + "].sources",
                    Messages.bind(Messages.GlobalProxyHttps_customList, custom.get(i).name()), custom.get(i).sources());
        }
        return out;
    }

    private static void add(List<QueriedSource> out, BypassList bypass, String field, String name,
            List<SpsSource> list) {
        for (int i = 0; i < list.size(); i++) {
            SpsSource s = list.get(i);
            if (s.integrated() && s.host() != null) {
                if (bypass.match(s.host()).isEmpty()) {
                    out.add(new QueriedSource(field + "[" + i + "]", name, s));
                }
                return; // the features query the first integrated source only
            }
        }
    }

    /** The validator's warnings by field path ({@code ….protocol}): each HTTP source features query through the proxy. */
    static Map<String, String> warnings(Policy policy) {
        List<QueriedSource> queried = queriedSources(policy);
        if (queried.isEmpty()) {
            return Map.of();
        }
        String users = String.join(", ", featuresUsingTheProxy(policy));
        Map<String, String> out = new HashMap<>();
        for (QueriedSource q : queried) {
            if (q.http()) {
                out.put(q.field() + ".protocol", Messages.bind(Messages.GlobalProxyHttps_httpsRequired, users));
            }
        }
        return out;
    }
}
