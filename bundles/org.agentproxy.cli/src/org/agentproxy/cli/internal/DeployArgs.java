package org.agentproxy.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.agentproxy.cli.internal.OptionArgs.UsageError;
import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.DeploymentJournal;
import org.agentproxy.deployment.DeploymentTarget;
import org.agentproxy.deployment.ServerTrust;

/** The options the deployment commands share: servers, groups, token files, the journal. */
public final class DeployArgs {

    private DeployArgs() {
    }

    /** The TLS options of every command that talks to a policy server. */
    public static final Set<String> TLS_OPTIONS = Set.of("--server-fingerprint", "--tls-client-cert",
            "--tls-client-key");

    /** The help lines of {@link #TLS_OPTIONS}, for the commands' help texts. */
    public static final String TLS_HELP = String.join("\n",
            "  --server-fingerprint SHA256",
            "                    trust the https:// server's certificate only if its SHA-256 fingerprint is",
            "                    this (as agentproxy server printed it); without it the certificate must",
            "                    chain to the system trust store and name the server's host",
            "  --tls-client-cert F --tls-client-key F",
            "                    a client certificate (PEM) and its key (PKCS#8 PEM, owner-only) for a server",
            "                    that asks for one (agentproxy server --tls-client-ca)", "");


    /** The options a command takes plus {@link #TLS_OPTIONS}. */
    public static Set<String> withTls(Set<String> valued) {
        Set<String> all = new HashSet<>(valued);
        all.addAll(TLS_OPTIONS);
        return Set.copyOf(all);
    }

    /**
     * Applies the TLS options to the process's {@link ServerTrust} for this server: the pin and the client
     * certificate.
     *
     * @throws UsageError a pin for a server that is not {@code https://}, a malformed fingerprint, a client
     *                    certificate without its key, an unreadable certificate or key
     */
    public static void tls(OptionArgs options, URI server) throws UsageError {
        String pin = options.get("--server-fingerprint");
        String cert = options.get("--tls-client-cert");
        String key = options.get("--tls-client-key");
        boolean https = server != null && "https".equalsIgnoreCase(server.getScheme());
        if ((pin != null || cert != null || key != null) && !https) {
            throw new UsageError((pin != null ? "--server-fingerprint" : cert != null ? "--tls-client-cert"
                    : "--tls-client-key") + " needs an https:// --server");
        }
        if (pin != null) {
            try {
                ServerTrust.shared().pin(server, pin);
            } catch (IllegalArgumentException e) {
                throw new UsageError("--server-fingerprint: " + e.getMessage());
            }
        }
        if ((cert == null) != (key == null)) {
            throw new UsageError(cert == null ? "--tls-client-key needs --tls-client-cert"
                    : "--tls-client-cert needs --tls-client-key");
        }
        if (cert != null) {
            try {
                ServerTrust.shared().clientCertificate(Path.of(cert), Path.of(key));
            } catch (IOException e) {
                throw new UsageError(e.getMessage());
            }
        }
    }

    /** {@code args} without the flags in {@code flags}; {@code found} gets those given. */
    public static List<String> withoutFlags(List<String> args, List<String> flags, List<String> found) {
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            if (flags.contains(arg)) {
                found.add(arg);
            } else {
                rest.add(arg);
            }
        }
        return rest;
    }

    /** The server URL: {@code http}, {@code https} or {@code file}. */
    public static URI server(String url) throws UsageError {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || !List.of("http", "https", "file").contains(scheme.toLowerCase())) {
                throw new UsageError("--server must be an http://, https:// or file: URL, not \"" + url + "\"");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageError("--server is not a URL: " + e.getMessage());
        }
    }

    /** {@code --group a,b,c}: the targets in rollout order, the first the canary. */
    public static List<DeploymentTarget> targets(String server, String groups) throws UsageError {
        URI uri = server(server);
        List<DeploymentTarget> targets = new ArrayList<>();
        for (String group : groups.split(",")) {
            if (!group.isBlank()) {
                targets.add(new DeploymentTarget(uri, group.strip()));
            }
        }
        if (targets.isEmpty()) {
            throw new UsageError("--group needs a group name");
        }
        return targets;
    }

    /**
     * The token in a file (never echoed), readable by its owner only; {@code null} when no file is given.
     */
    public static AccessToken token(String file) throws UsageError {
        if (file == null) {
            return null;
        }
        try {
            OwnerOnlyFile.check(Path.of(file), "--token-file " + file, "a token");
            return AccessToken.read(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new UsageError("--token-file " + file + ": no such file");
        } catch (IOException e) {
            throw new UsageError("--token-file " + file + ": " + e.getMessage());
        }
    }

    /** The journal: {@code --journal DIR}, else the default directory. */
    public static DeploymentJournal journal(String dir) {
        return new DeploymentJournal(dir == null ? DeploymentJournal.defaultDirectory() : Path.of(dir));
    }

    /** A whole number option within bounds, or the fallback when absent. */
    public static long number(String option, String value, long min, long fallback) throws UsageError {
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageError(option + " must be a whole number >= " + min + ", not \"" + value + "\"");
    }
}
