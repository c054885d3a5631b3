package org.agentproxy.simulation.internal.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.agentproxy.policy.UpdateSettings;
import org.agentproxy.policy.UpdateSource;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Purposes;
import org.agentproxy.simulation.Rule;

/**
 * R2: "scheduled/automatic — automatic proxy if enabled and detected, else internal proxy, else direct. 'Update
 * Now' — automatic proxy, else the user's proxy if the privilege is granted, else direct. Sources: update
 * source/Update Agent → server → ActiveUpdate (the last only when allowed)."
 */
final class UpdateRule {

    private UpdateRule() {
    }

    static PurposeReport scheduled(Evaluation e) {
        return run(e, Purposes.COMPONENT_UPDATE, Messages.UpdateRule_scheduled, target -> {
            if (e.automaticProxyUsed) {
                return e.routes.automatic();
            }
            return e.internal ? e.routes.internalServer(target) : ServerRule.external(e, target);
        });
    }

    static PurposeReport updateNow(Evaluation e) {
        Via via = updateNowVia(e);
        return run(e, Purposes.UPDATE_NOW, Messages.UpdateRule_updateNow, target -> via);
    }

    private static Via updateNowVia(Evaluation e) {
        if (e.automaticProxyUsed) {
            return e.routes.automatic();
        }
        String automatic = e.policy.automaticProxy().enabled() ? Messages.UpdateRule_notDetected
                : Messages.UpdateRule_noAutomatic;
        boolean hasUserProxy = e.agent.userProxy() != null;
        if (e.granted && hasUserProxy) {
            return e.routes.user(Messages.bind(Messages.UpdateRule_userGranted, automatic));
        }
        if (hasUserProxy) {
            return Via.direct(Messages.bind(Messages.UpdateRule_userIgnored, automatic));
        }
        return Via.direct(Messages.bind(e.granted ? Messages.UpdateRule_noUserProxyGranted : Messages.UpdateRule_noUserProxy,
                automatic));
    }

    private static PurposeReport run(Evaluation e, String purpose, String who, Function<Endpoint, Via> via) {
        // who: the subject and its verb, e.g. "Scheduled updates try"
        List<Step> steps = new ArrayList<>();
        UpdateSettings updates = e.policy.updates();
        for (int i = 0; i < updates.sources().size(); i++) {
            UpdateSource source = updates.sources().get(i);
            Endpoint target = target(e, source);
            if (target != null) {
                String what = Messages.bind(steps.isEmpty() ? Messages.UpdateRule_source : Messages.UpdateRule_sourceNext, who,
                        source.name());
                steps.add(new Step(target, via.apply(target), Rule.R2, what));
            }
        }
        if (e.server != null) {
            String what = Messages.bind(steps.isEmpty() ? Messages.UpdateRule_server : Messages.UpdateRule_serverNext, who);
            steps.add(new Step(e.server, via.apply(e.server), Rule.R2, what));
        }
        if (updates.allowActiveUpdate()) {
            Endpoint au = e.network.activeUpdate();
            String what = Messages.bind(steps.isEmpty() ? Messages.UpdateRule_activeUpdate : Messages.UpdateRule_activeUpdateNext,
                    who);
            steps.add(new Step(au, via.apply(au), Rule.R2, what));
        }
        return e.run(purpose, steps, Messages.UpdateRule_noTarget);
    }

    /** The endpoint of an update source's URL, or {@code null} when the URL has no host (the validator says so). */
    private static Endpoint target(Evaluation e, UpdateSource source) {
        if (source.url() == null) {
            return null;
        }
        try {
            URI uri = new URI(source.url());
            if (uri.getHost() == null) {
                return null;
            }
            String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                    : uri.getHost();
            int port = uri.getPort() > 0 ? uri.getPort()
                    : "https".equals(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT)) ? 443 : 80;
            return e.network.target(host, port);
        } catch (URISyntaxException ex) {
            return null;
        }
    }
}
