package org.agentproxy.policy.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.agentproxy.policy.net.HostNames;

/** Checks of URLs (PAC script, update sources). */
final class Urls {

    private static final Set<String> WEB = Set.of("http", "https");

    private Urls() {
    }

    /** Why a URL is not an absolute http or https URL with a valid host, or empty when it is one. */
    static Optional<String> webProblem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("\"" + url + "\" is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !WEB.contains(scheme)) {
            return Optional.of("must be an http or https URL, not \"" + url + "\"");
        }
        if (uri.getHost() == null) {
            return Optional.of("\"" + url + "\" has no host");
        }
        return HostNames.problem(uri.getHost()).map(reason -> "host " + reason);
    }
}
