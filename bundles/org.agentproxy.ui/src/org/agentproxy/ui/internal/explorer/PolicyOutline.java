package org.agentproxy.ui.internal.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.smartprotection.FeatureRegistry;
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
        return List.of(internal(policy), external(policy), globalSps(policy.globalSmartProtection(), features),
                PrivilegeOutline.of(policy.userProxyPrivilege()), RelatedOutline.of(policy), problems(problems));
    }

    private static OutlineNode internal(Policy policy) {
        return OutlineNode.group(INTERNAL, "", Kind.SCOPE, "internalAgents", List.of(
                OutlineNode.setting("Proxy to the OfficeScan server",
                        Describe.proxy(policy.internalAgents().server()), "internalAgents.server"),
                OutlineNode.setting("Proxy to Smart Protection Servers",
                        Describe.proxy(policy.internalAgents().smartProtection()), "internalAgents.smartProtection")));
    }

    private static OutlineNode external(Policy policy) {
        var scope = policy.externalAgents();
        return OutlineNode.group(EXTERNAL, "system proxy to the Smart Protection Network", Kind.SCOPE,
                "externalAgents", List.of(
                        OutlineNode.setting("System proxy credentials",
                                Describe.credentials(scope.systemProxyCredentials()),
                                "externalAgents.systemProxyCredentials"),
                        OutlineNode.setting("Server update proxy (to ActiveUpdate)",
                                Describe.serverUpdateProxy(scope.serverUpdateProxy()),
                                "externalAgents.serverUpdateProxy")));
    }

    private static OutlineNode globalSps(GlobalSmartProtectionScope scope, FeatureRegistry registry) {
        List<OutlineNode> features = new ArrayList<>();
        for (Map.Entry<String, FeatureSettings> f : scope.features().entrySet()) {
            features.add(new OutlineNode(Describe.featureName(registry, f.getKey()),
                    f.getValue().useGlobalProxy() ? "through the global proxy" : "direct", Kind.FEATURE,
                    FEATURE_PATH + f.getKey(), List.of()));
        }
        return OutlineNode.group(GLOBAL_SPS, "", Kind.SCOPE, "globalSmartProtection", List.of(
                OutlineNode.setting("Proxy", Describe.proxy(scope.proxy()), "globalSmartProtection.proxy"),
                OutlineNode.group("Features", features.size() + " routed", Kind.GROUP,
                        "globalSmartProtection.features", features)));
    }

    private static OutlineNode problems(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        List<OutlineNode> rows = problems.stream()
                .map(p -> new OutlineNode(p.path(), p.message(), p.isError() ? Kind.ERROR : Kind.WARNING, p.path(),
                        List.of()))
                .toList();
        return OutlineNode.group(PROBLEMS, ProblemCounts.describe(errors, problems.size() - errors), Kind.GROUP, "",
                rows);
    }
}
