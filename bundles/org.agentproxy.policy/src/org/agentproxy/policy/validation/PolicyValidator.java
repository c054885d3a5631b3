package org.agentproxy.policy.validation;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.Policy;

/**
 * Checks a policy and returns every problem with its field path and a reason a person understands. Stateless
 * and thread-safe.
 */
public final class PolicyValidator {

    private static final Pattern FEATURE_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");

    private PolicyValidator() {
    }

    /** All problems of a policy, in field order; empty when the policy is valid and has no warning. */
    public static List<Problem> validate(Policy policy) {
        Problems p = new Problems();
        if (policy.name() == null) {
            p.error("name", Messages.Rules_required);
        }
        if (policy.server() == null) {
            p.error("server", Messages.PolicyValidator_serverRequired);
        } else {
            EndpointRules.hostPort(p.at("server"), policy.server());
        }
        EndpointRules.proxy(p.at("internalAgents").at("server"), policy.internalAgents().server());
        EndpointRules.proxy(p.at("internalAgents").at("smartProtection"), policy.internalAgents().smartProtection());
        EndpointRules.credentials(p.at("externalAgents").at("systemProxyCredentials"),
                policy.externalAgents().systemProxyCredentials());
        EndpointRules.serverUpdateProxy(p.at("externalAgents").at("serverUpdateProxy"),
                policy.externalAgents().serverUpdateProxy());
        globalSmartProtection(p.at("globalSmartProtection"), policy.globalSmartProtection());
        PrivilegeRules.check(p.at("userProxyPrivilege"), policy.userProxyPrivilege());
        RelatedRules.automaticProxy(p.at("automaticProxy"), policy.automaticProxy());
        RelatedRules.location(p.at("locationAwareness"), policy.locationAwareness());
        SourceListRules.check(p.at("smartProtectionSources"), policy.smartProtectionSources(),
                GlobalProxyHttps.warnings(policy));
        RelatedRules.updates(p.at("updates"), policy.updates());
        RelatedRules.bypass(p, policy.bypassList());
        return p.list();
    }

    /** Whether a policy has no error (warnings allowed). */
    public static boolean isValid(Policy policy) {
        return validate(policy).stream().noneMatch(Problem::isError);
    }

    private static void globalSmartProtection(Problems p, GlobalSmartProtectionScope scope) {
        EndpointRules.proxy(p.at("proxy"), scope.proxy());
        for (Map.Entry<String, FeatureSettings> feature : scope.features().entrySet()) {
            if (!FEATURE_ID.matcher(feature.getKey()).matches()) {
                p.at("features").error(feature.getKey(),
                        Messages.PolicyValidator_featureId);
            }
        }
    }
}
