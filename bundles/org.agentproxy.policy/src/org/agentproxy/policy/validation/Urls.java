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
            return Optional.of(Messages.bind(Messages.Urls_notAUrl, url, e.getReason()));
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !WEB.contains(scheme)) {
            return Optional.of(Messages.bind(Messages.Urls_notWeb, url));
        }
        String host = host(uri);
        if (host == null) {
            return Optional.of(Messages.bind(Messages.Urls_noHost, url));
        }
        return HostNames.problem(host).map(reason -> Messages.bind(Messages.Urls_host, reason));
    }

    /**
     * The host of a URI from its authority: {@link URI#getHost()} is null for hosts it cannot parse (an IDN, an
     * underscore), which are then checked by {@link HostNames} and named precisely.
     */
    private static String host(URI uri) {
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            return null;
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostPort.startsWith("[")) {
            int end = hostPort.indexOf(']');
            return end < 0 ? hostPort : hostPort.substring(0, end + 1);
        }
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        return host.isEmpty() ? null : host;
    }

    /** A key under which two spellings of one URL compare equal: scheme and host without case, the rest as is. */
    static String comparable(String url) {
        try {
            URI uri = new URI(url);
            String host = host(uri);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme + "://" + (host == null ? "" : host.toLowerCase(Locale.ROOT)) + ":" + uri.getPort()
                    + uri.getRawPath() + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return url;
        }
    }
}
