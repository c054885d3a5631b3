package org.agentproxy.ui.internal.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.ProxyEndpoint;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.smartprotection.FeatureSetting;
import org.agentproxy.ui.internal.ProblemCounts;
import org.agentproxy.ui.internal.explorer.OutlineNode.Kind;

/**
 * The Policy Explorer's tree for a policy: the four scopes, the related settings and the problems. Plain Java
 * (no SWT), so it is tested without a display.
 */
public final class PolicyOutline {

    public static final String INTERNAL = "Internal agents";
    public static final String EXTERNAL = "External agents";
    public static final String GLOBAL_SPS = "Global Smart Protection Service proxy";
    public static final String PRIVILEGE = "Agent user proxy privilege";
    public static final String RELATED = "Related settings";
    public static final String PROBLEMS = "Problems";
    /** The path of a feature's row, before its id. */
    public static final String FEATURE_PATH = "globalSmartProtection.features.";

    private PolicyOutline() {
    }

    /** The tree of a policy; features are named by {@code features}, the installed Smart Protection features. */
    public static List<OutlineNode> of(Policy policy, List<Problem> problems, FeatureRegistry features) {
        return of(policy, problems, features, path -> path);
    }

    /**
     * The tree of a policy, its problems named by {@code place} (a field path as the editor shows it, e.g.
     * {@code Internal Agents › Proxy to the OfficeScan server › Host}); each problem row keeps its field path.
     */
    public static List<OutlineNode> of(Policy policy, List<Problem> problems, FeatureRegistry features,
            java.util.function.UnaryOperator<String> place) {
        return List.of(internal(policy), external(policy), globalSps(policy.globalSmartProtection(), features),
                PrivilegeOutline.of(policy.userProxyPrivilege()), RelatedOutline.of(policy), problems(problems, place));
    }

    private static OutlineNode internal(Policy policy) {
        return OutlineNode.group(INTERNAL, "", Kind.SCOPE, "internalAgents", List.of(
                proxy("Proxy to the OfficeScan server", "internalAgents.server", policy.internalAgents().server()),
                proxy("Proxy to Smart Protection Servers", "internalAgents.smartProtection",
                        policy.internalAgents().smartProtection())));
    }

    private static OutlineNode proxy(String label, String path, ProxyEndpoint proxy) {
        return OutlineNode.group(label, Describe.proxy(proxy), Kind.SETTING, path, FieldRows.proxy(path, proxy));
    }

    private static OutlineNode external(Policy policy) {
        var scope = policy.externalAgents();
        String credentials = "externalAgents.systemProxyCredentials";
        String update = "externalAgents.serverUpdateProxy";
        return OutlineNode.group(EXTERNAL, "system proxy to the Smart Protection Network", Kind.SCOPE,
                "externalAgents", List.of(
                        OutlineNode.group("System proxy credentials",
                                Describe.credentials(scope.systemProxyCredentials()), Kind.SETTING, credentials,
                                FieldRows.credentials(credentials, scope.systemProxyCredentials())),
                        OutlineNode.group("Server update proxy (to ActiveUpdate)",
                                Describe.serverUpdateProxy(scope.serverUpdateProxy()), Kind.SETTING, update,
                                FieldRows.serverUpdateProxy(update, scope.serverUpdateProxy()))));
    }

    private static OutlineNode globalSps(GlobalSmartProtectionScope scope, FeatureRegistry registry) {
        List<OutlineNode> features = new ArrayList<>();
        for (Map.Entry<String, FeatureSettings> f : scope.features().entrySet()) {
            features.add(new OutlineNode(Describe.featureName(registry, f.getKey()),
                    f.getValue().useGlobalProxy() ? "through the global proxy" : "direct", Kind.FEATURE,
                    FEATURE_PATH + f.getKey(), featureProperties(registry, f.getKey(), f.getValue())));
        }
        return OutlineNode.group(GLOBAL_SPS, "", Kind.SCOPE, "globalSmartProtection", List.of(
                proxy("Proxy", "globalSmartProtection.proxy", scope.proxy()),
                OutlineNode.group("Features", routing(scope, registry), Kind.GROUP,
                        "globalSmartProtection.features", features)));
    }

    /**
     * How the features are routed, as the page's Routing column and the simulator say (DESIGN R5: an installed
     * feature the policy has no settings for uses the proxy): e.g. {@code 3 through the proxy (1 by default), 1 direct}.
     */
    static String routing(GlobalSmartProtectionScope scope, FeatureRegistry registry) {
        long direct = scope.features().values().stream().filter(f -> !f.useGlobalProxy()).count();
        long set = scope.features().size() - direct;
        long byDefault = registry.features().stream().filter(f -> !scope.features().containsKey(f.id())).count();
        return (set + byDefault) + " through the proxy" + (byDefault > 0 ? " (" + byDefault + " by default)" : "")
                + ", " + direct + " direct";
    }

    /** A feature's properties, labelled as its plug-in declares them (the key when it declares none). */
    private static List<OutlineNode> featureProperties(FeatureRegistry registry, String id, FeatureSettings settings) {
        List<OutlineNode> rows = new ArrayList<>();
        for (Map.Entry<String, String> p : new TreeMap<>(settings.properties()).entrySet()) {
            String label = registry.feature(id).flatMap(f -> f.setting(p.getKey())).map(FeatureSetting::label)
                    .map(l -> l.replaceFirst(":$", "")).orElse(p.getKey());
            rows.add(OutlineNode.setting(label, p.getValue(), FEATURE_PATH + id + ".properties." + p.getKey()));
        }
        return rows;
    }

    private static OutlineNode problems(List<Problem> problems, java.util.function.UnaryOperator<String> place) {
        long errors = problems.stream().filter(Problem::isError).count();
        List<OutlineNode> rows = problems.stream()
                .map(p -> new OutlineNode(place.apply(p.path()), p.message(), p.isError() ? Kind.ERROR : Kind.WARNING, p.path(),
                        List.of()))
                .toList();
        return OutlineNode.group(PROBLEMS, ProblemCounts.describe(errors, problems.size() - errors), Kind.GROUP, "",
                rows);
    }
}
