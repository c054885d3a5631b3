package org.agentproxy.connection.internal;

import org.agentproxy.connection.ConnectionTestRequest;
import org.agentproxy.connection.Outcome;

/**
 * A hint for a proxy that could not reach the target (5xx): whether the target's name resolves from this
 * computer. Many proxies (tinyproxy: {@code 500 Unable to connect}) answer a DNS failure and a refused target
 * alike; a name this computer cannot resolve either makes DNS the likely cause.
 */
final class TargetHint {

    private TargetHint() {
    }

    static Outcome add(Outcome.HttpRefused refused, ConnectionTestRequest request, CancelWatch watch) {
        String host = request.target().host();
        if (refused.status() < 500 || !refused.diagnostic().isEmpty() || host.indexOf(':') >= 0
                || host.matches("[0-9.]+")) {
            return refused;
        }
        Resolver.Result local = Resolver.resolve(host, request.timeouts().connect(), watch);
        String hint = switch (local.failure()) {
            case UNKNOWN_HOST -> Messages.bind(Messages.TargetHint_doesNotResolveEither, host);
            case NONE -> Messages.bind(Messages.TargetHint_resolvesHere, host);
            default -> "";
        };
        return new Outcome.HttpRefused(refused.status(), refused.reason(), hint);
    }
}
