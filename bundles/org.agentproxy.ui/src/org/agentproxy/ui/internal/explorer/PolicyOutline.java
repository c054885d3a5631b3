package org.agentproxy.ui.internal.explorer;

import org.eclipse.osgi.util.NLS;

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

    /** The path of a feature's row, before its id. */
    public static final String FEATURE_PATH = "globalSmartProtection.features."; //$NON-NLS-1$

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
        return OutlineNode.group(Messages.PolicyOutline_internalAgents, "", Kind.SCOPE, "internalAgents", List.of( //$NON-NLS-1$ //$NON-NLS-2$
                proxy(Messages.PolicyOutline_proxyToTheOfficeScanServer, "internalAgents.server", policy.internalAgents().server()), //$NON-NLS-1$
                proxy(Messages.PolicyOutline_proxyToSmartProtectionServers, "internalAgents.smartProtection", //$NON-NLS-1$
                        policy.internalAgents().smartProtection())));
    }

    private static OutlineNode proxy(String label, String path, ProxyEndpoint proxy) {
        return OutlineNode.group(label, Describe.proxy(proxy), Kind.SETTING, path, FieldRows.proxy(path, proxy));
    }

    private static OutlineNode external(Policy policy) {
        var scope = policy.externalAgents();
        String credentials = "externalAgents.systemProxyCredentials"; //$NON-NLS-1$
        String update = "externalAgents.serverUpdateProxy"; //$NON-NLS-1$
        return OutlineNode.group(Messages.PolicyOutline_externalAgents, Messages.PolicyOutline_systemProxyToTheSmart, Kind.SCOPE,
                "externalAgents", List.of( //$NON-NLS-1$
                        OutlineNode.group(Messages.PolicyOutline_systemProxyCredentials,
                                Describe.credentials(scope.systemProxyCredentials()), Kind.SETTING, credentials,
                                FieldRows.credentials(credentials, scope.systemProxyCredentials())),
                        OutlineNode.group(Messages.PolicyOutline_serverUpdateProxyToActiveUpdate,
                                Describe.serverUpdateProxy(scope.serverUpdateProxy()), Kind.SETTING, update,
                                FieldRows.serverUpdateProxy(update, scope.serverUpdateProxy()))));
    }

    private static OutlineNode globalSps(GlobalSmartProtectionScope scope, FeatureRegistry registry) {
        List<OutlineNode> features = new ArrayList<>();
        for (Map.Entry<String, FeatureSettings> f : scope.features().entrySet()) {
            features.add(new OutlineNode(Describe.featureName(registry, f.getKey()),
                    f.getValue().useGlobalProxy() ? Messages.PolicyOutline_throughTheGlobalProxy : Messages.PolicyOutline_direct,
                    Kind.FEATURE,
                    FEATURE_PATH + f.getKey(), featureProperties(registry, f.getKey(), f.getValue())));
        }
        return OutlineNode.group(Messages.PolicyOutline_globalSmartProtectionServiceProxy, "", Kind.SCOPE, "globalSmartProtection", List.of( //$NON-NLS-1$ //$NON-NLS-2$
                proxy(Messages.PolicyOutline_proxy, "globalSmartProtection.proxy", scope.proxy()), //$NON-NLS-1$
                OutlineNode.group(Messages.PolicyOutline_features, routing(scope, registry), Kind.GROUP,
                        "globalSmartProtection.features", features))); //$NON-NLS-1$
    }

    /**
     * How the features are routed, as the page's Routing column and the simulator say (DESIGN R5: an installed
     * feature the policy has no settings for uses the proxy): e.g. {@code 3 through the proxy (1 by default), 1 direct}.
     */
    static String routing(GlobalSmartProtectionScope scope, FeatureRegistry registry) {
        long direct = scope.features().values().stream().filter(f -> !f.useGlobalProxy()).count();
        long set = scope.features().size() - direct;
        long byDefault = registry.features().stream().filter(f -> !scope.features().containsKey(f.id())).count();
        return NLS.bind(Messages.PolicyOutline_0ThroughTheProxy1, new Object[] { (set + byDefault), (byDefault > 0 ? NLS.bind(Messages.PolicyOutline_0ByDefault, byDefault) : ""), direct }); //$NON-NLS-1$
    }

    /** A feature's properties, labelled as its plug-in declares them (the key when it declares none). */
    private static List<OutlineNode> featureProperties(FeatureRegistry registry, String id, FeatureSettings settings) {
        List<OutlineNode> rows = new ArrayList<>();
        for (Map.Entry<String, String> p : new TreeMap<>(settings.properties()).entrySet()) {
            String label = registry.feature(id).flatMap(f -> f.setting(p.getKey())).map(FeatureSetting::label)
                    .map(l -> l.replaceFirst(":$", "")).orElse(p.getKey()); //$NON-NLS-1$ //$NON-NLS-2$
            rows.add(OutlineNode.setting(label, p.getValue(), FEATURE_PATH + id + ".properties." + p.getKey())); //$NON-NLS-1$
        }
        return rows;
    }

    private static OutlineNode problems(List<Problem> problems, java.util.function.UnaryOperator<String> place) {
        long errors = problems.stream().filter(Problem::isError).count();
        List<OutlineNode> rows = problems.stream()
                .map(p -> new OutlineNode(place.apply(p.path()), p.message(), p.isError() ? Kind.ERROR : Kind.WARNING, p.path(),
                        List.of()))
                .toList();
        return OutlineNode.group(Messages.PolicyOutline_problems, ProblemCounts.describe(errors, problems.size() - errors), Kind.GROUP, "", //$NON-NLS-1$
                rows);
    }
}
