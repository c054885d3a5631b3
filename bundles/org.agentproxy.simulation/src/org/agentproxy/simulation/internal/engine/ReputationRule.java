package org.agentproxy.simulation.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.policy.SpsProtocol;
import org.agentproxy.policy.SpsSource;
import org.agentproxy.policy.net.IpAddresses;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.Rule;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.simulation.scenario.SpsExhaustion;

/**
 * R3: "internal — the custom list whose IP range holds the agent, else the standard list; servers in order, next on
 * failure; proxy = internal proxy (SPS section). External — SPN through the system proxy with the external
 * credentials." R4: "external → SPN (as R3). Internal → SPS list if 'send queries to SPS' is on, else SPN." A
 * feature declaring {@code routing="sps-lists"} goes as file reputation does (R3); when it declares
 * {@code requiresHttps}, an HTTP source of the list fails for it before any connection.
 */
final class ReputationRule {

    private ReputationRule() {
    }

    static PurposeReport fileReputation(Evaluation e) {
        if (!e.internal) {
            return external(e, Purposes.FILE_REPUTATION, Rule.R3, Messages.ReputationRule_fileReputation);
        }
        return sourceList(e, Purposes.FILE_REPUTATION, Rule.R3, Messages.ReputationRule_fileReputation, false);
    }

    /** A feature routed through the SPS lists: R3, under the feature's purpose and name. */
    static PurposeReport feature(Evaluation e, SimulatedFeature feature) {
        String name = Messages.bind(Messages.ReputationRule_routedFeature, feature.name());
        if (!e.internal) {
            return external(e, feature.purpose(), Rule.R3, name);
        }
        return sourceList(e, feature.purpose(), Rule.R3, name, feature.requiresHttps());
    }

    static PurposeReport webReputation(Evaluation e) {
        if (!e.internal) {
            return external(e, Purposes.WEB_REPUTATION, Rule.R4, Messages.ReputationRule_webReputation);
        }
        if (e.policy.webReputation().sendQueriesToSps()) {
            return sourceList(e, Purposes.WEB_REPUTATION, Rule.R4, Messages.ReputationRule_webOn, false);
        }
        Endpoint spn = e.network.smartProtectionNetwork();
        Via via = e.routes.byKind(e.params.internalAgentsToSpn(), spn, "internalAgentsToSpn");
        return e.run(Purposes.WEB_REPUTATION, List.of(new Step(spn, via, Rule.R4, Messages.ReputationRule_webOff)), null);
    }

    private static PurposeReport external(Evaluation e, String purpose, Rule rule, String what) {
        Endpoint spn = e.network.smartProtectionNetwork();
        return e.run(purpose, List.of(new Step(spn, e.routes.system(), rule, Messages.bind(Messages.ReputationRule_external, what))), null);
    }

    private static PurposeReport sourceList(Evaluation e, String purpose, Rule rule, String what, boolean https) {
        List<Step> steps = new ArrayList<>();
        List<SpsSource> list = e.sources.list();
        for (int i = 0; i < list.size(); i++) {
            SpsSource source = list.get(i);
            if (source.host() == null) {
                continue;
            }
            Endpoint target = e.network.target(source.host(), source.port());
            String which = i == 0
                    ? Messages.bind(source.integrated() ? Messages.ReputationRule_firstIntegrated : Messages.ReputationRule_first,
                            what, e.sources.describe(), list.size())
                    : Messages.bind(source.integrated() ? Messages.ReputationRule_nextIntegrated : Messages.ReputationRule_next, i + 1,
                            e.sources.describe());
            String problem = https && source.protocol() == SpsProtocol.HTTP
                    ? Messages.bind(Messages.ReputationRule_httpsRequired, what, source.url()) : null;
            steps.add(new Step(target, via(e, source, target), rule, which, problem));
        }
        if (e.params.whenEverySpsFails() == SpsExhaustion.SMART_PROTECTION_NETWORK) {
            Endpoint spn = e.network.smartProtectionNetwork();
            Via via = e.routes.byKind(e.params.internalAgentsToSpn(), spn, "internalAgentsToSpn");
            steps.add(new Step(spn, via, rule, Messages.ReputationRule_everySpsFails));
        }
        return e.run(purpose, steps, Messages.bind(Messages.ReputationRule_empty, e.sources.describe()));
    }

    /** The SPS section, except for the integrated SPS of the agent's own server, as the scope table describes. */
    private static Via via(Evaluation e, SpsSource source, Endpoint target) {
        boolean own = source.integrated() && e.server != null
                && IpAddresses.canonicalHost(source.host()).equals(IpAddresses.canonicalHost(e.server.host()));
        if (own && e.params.ownIntegratedSpsProxy() == Route.INTERNAL_SERVER) {
            return e.routes.internalServer(target).noted(Messages.ReputationRule_ownIntegratedSps);
        }
        return e.routes.internalSps(target);
    }
}
