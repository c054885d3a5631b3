package org.agentproxy.deployment.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.Credentials;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.DeploymentTransport;

/** The transports available now and the credentials of one operation. */
final class Transports {

    private final Supplier<List<DeploymentTransport>> available;
    private final Credentials credentials;

    Transports(Supplier<List<DeploymentTransport>> available, Credentials credentials) {
        this.available = available;
        this.credentials = credentials == null ? Credentials.NONE : credentials;
    }

    Optional<DeploymentTransport> forTarget(DeploymentTarget target) {
        return available.get().stream().filter(t -> t.supports(target)).findFirst();
    }

    AccessToken token(DeploymentTarget target) {
        return credentials.tokenFor(target.server());
    }

    static String noTransport(DeploymentTarget target) {
        return "no deployment transport handles \"" + target.server().getScheme() + "\" URIs";
    }
}
