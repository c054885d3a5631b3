package org.agentproxy.cli.internal;

import org.eclipse.osgi.util.NLS;

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
    public static final Set<String> TLS_OPTIONS = Set.of("--server-fingerprint", "--tls-client-cert", //$NON-NLS-1$ //$NON-NLS-2$
            "--tls-client-key"); //$NON-NLS-1$

    /** The help lines of {@link #TLS_OPTIONS}, for the commands' help texts. */
    public static final String TLS_HELP = String.join("\n", //$NON-NLS-1$
            "  --server-fingerprint SHA256", //$NON-NLS-1$
            "                    trust the https:// server's certificate only if its SHA-256 fingerprint is", //$NON-NLS-1$
            "                    this (as agentproxy server printed it); without it the certificate must", //$NON-NLS-1$
            "                    chain to the system trust store and name the server's host", //$NON-NLS-1$
            "  --tls-client-cert F --tls-client-key F", //$NON-NLS-1$
            "                    a client certificate (PEM) and its key (PKCS#8 PEM, owner-only) for a server", //$NON-NLS-1$
            "                    that asks for one (agentproxy server --tls-client-ca)", ""); //$NON-NLS-1$ //$NON-NLS-2$


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
        String pin = options.get("--server-fingerprint"); //$NON-NLS-1$
        String cert = options.get("--tls-client-cert"); //$NON-NLS-1$
        String key = options.get("--tls-client-key"); //$NON-NLS-1$
        boolean https = server != null && "https".equalsIgnoreCase(server.getScheme()); //$NON-NLS-1$
        if ((pin != null || cert != null || key != null) && !https) {
            throw new UsageError(NLS.bind(Messages.DeployArgs_0NeedsAnHttpsServer, (pin != null ? "--server-fingerprint" : cert != null ? "--tls-client-cert" //$NON-NLS-1$ //$NON-NLS-2$
                    : "--tls-client-key"))); //$NON-NLS-1$
        }
        if (pin != null) {
            try {
                ServerTrust.shared().pin(server, pin);
            } catch (IllegalArgumentException e) {
                throw new UsageError(NLS.bind(Messages.DeployArgs_serverFingerprint0, e.getMessage()));
            }
        }
        if ((cert == null) != (key == null)) {
            throw new UsageError(cert == null ? Messages.DeployArgs_tlsClientKeyNeedsTls
                    : Messages.DeployArgs_tlsClientCertNeedsTls);
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
            if (scheme == null || !List.of("http", "https", "file").contains(scheme.toLowerCase())) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                throw new UsageError(NLS.bind(Messages.DeployArgs_serverMustBeAnHttp, url));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageError(NLS.bind(Messages.DeployArgs_serverIsNotAURL, e.getMessage()));
        }
    }

    /** {@code --group a,b,c}: the targets in rollout order, the first the canary. */
    public static List<DeploymentTarget> targets(String server, String groups) throws UsageError {
        URI uri = server(server);
        List<DeploymentTarget> targets = new ArrayList<>();
        for (String group : groups.split(",")) { //$NON-NLS-1$
            if (!group.isBlank()) {
                targets.add(new DeploymentTarget(uri, group.strip()));
            }
        }
        if (targets.isEmpty()) {
            throw new UsageError(Messages.DeployArgs_groupNeedsAGroupName);
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
            OwnerOnlyFile.check(Path.of(file), NLS.bind(Messages.DeployArgs_tokenFile0, file), Messages.DeployArgs_aToken);
            return AccessToken.read(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new UsageError(NLS.bind(Messages.DeployArgs_tokenFile0NoSuch, file));
        } catch (IOException e) {
            throw new UsageError(NLS.bind(Messages.DeployArgs_tokenFile01, file, e.getMessage()));
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
        throw new UsageError(NLS.bind(Messages.DeployArgs_0MustBeAWhole, new Object[] { option, min, value }));
    }
}
