package org.agentproxy.simulation.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.policy.FeatureSettings;
import org.agentproxy.policy.GlobalSmartProtectionScope;
import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.Rule;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.simulation.scenario.IntegratedSpsAvailability;

/**
 * R5: "PML / Behavior Monitoring / contributed features: global SPS proxy enabled → integrated SPS (HTTPS
 * required); integrated SPS unavailable → SPN", for every feature declaring {@code routing="global-proxy"}. The
 * integrated SPS is the first integrated source of the agent's list; a feature without settings in the policy uses
 * the proxy, as the scope says it is used for every feature. The HTTPS check applies to features that declare
 * {@code requiresHttps}.
 */
final class FeatureRule {

    /** The routing of a feature the policy has no settings for, as the Global Smart Protection Service page says. */
    static final String DEFAULT = Messages.FeatureRule_default;

    /** The routing of a feature whose settings keep it off the proxy, as the page says. */
    static final String NOT_THROUGH = Messages.FeatureRule_notThrough;

    private FeatureRule() {
    }

    static PurposeReport run(Evaluation e, SimulatedFeature feature) {
        GlobalSmartProtectionScope scope = e.policy.globalSmartProtection();
        FeatureSettings settings = scope.features().get(feature.id());
        boolean global = scope.proxy().enabled() && scope.proxy().host() != null
                && (settings == null || settings.useGlobalProxy());
        String name = feature.name();
        // the same words as the Routing column of the Global Smart Protection Service page
        String off = !scope.proxy().enabled() ? Messages.FeatureRule_proxyDisabled
                : Messages.bind(Messages.FeatureRule_setNotThrough, name, NOT_THROUGH);
        String byDefault = global && settings == null ? name : null; // the feature that uses the proxy by default
        SpsSource listed = e.sources.list().stream().filter(s -> s.integrated() && s.host() != null).findFirst()
                .orElse(null);
        // the server's integrated SPS the scenario describes apart from the lists, when the list names none
        SpsSource integrated = listed != null ? listed : e.scenarioIntegratedSps();
        List<Step> steps = new ArrayList<>();
        if (integrated != null) {
            Endpoint target = e.network.target(integrated.host(), integrated.port());
            Via via = via(e, global, off, byDefault, target);
            String what = Messages.bind(listed != null ? Messages.FeatureRule_queriesListed : Messages.FeatureRule_queriesScenario, name,
                    e.sources.describe());
            steps.add(new Step(target, via, Rule.R5, what,
                    httpsProblem(feature, integrated, via)));
        }
        boolean spn = integrated == null || e.params.integratedSpsAvailable() == IntegratedSpsAvailability.WHEN_REACHABLE;
        if (spn) {
            Endpoint target = e.network.smartProtectionNetwork();
            String what = integrated == null
                    ? Messages.bind(Messages.FeatureRule_spnNoIntegrated, name, e.sources.describe())
                    : Messages.bind(Messages.FeatureRule_spnUnavailable, name);
            steps.add(new Step(target, via(e, global, off, byDefault, target), Rule.R5, what));
        }
        return e.run(feature.purpose(), steps, null);
    }

    /**
     * "File-reputation SPS sources must use HTTPS for this to work": only a query that goes through the Global Smart
     * Protection Service proxy needs HTTPS — not one that goes another way because the proxy is off, the feature is
     * set not to use it, or the source is on the bypass list.
     */
    private static String httpsProblem(SimulatedFeature feature, SpsSource source, Via via) {
        if (via.route() != Route.GLOBAL_SPS || !feature.requiresHttps() || source.protocol() != SpsProtocol.HTTP) {
            return null;
        }
        return Messages.bind(Messages.FeatureRule_httpsRequired, feature.name(), source.url());
    }

    private static Via via(Evaluation e, boolean global, String off, String byDefault, Endpoint target) {
        if (global) {
            Via via = e.routes.globalSps(target);
            return byDefault == null ? via : new Via(via.route(), via.proxy(),
                    Messages.bind(Messages.FeatureRule_byDefault, via.how(), DEFAULT, byDefault));
        }
        Via via = e.routes.byKind(e.params.featuresWithoutGlobalProxy(), target, "featuresWithoutGlobalProxy");
        return new Via(via.route(), via.proxy(), Messages.bind(Messages.FeatureRule_as, via.how(), off));
    }
}
