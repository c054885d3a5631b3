package org.agentproxy.cli.internal;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.agentproxy.cli.UsageError;
import org.agentproxy.deployment.ServerTrust;

import picocli.CommandLine.Option;

/**
 * The TLS options of every command that talks to a policy server (a picocli mixin): the server certificate's pin
 * and a client certificate.
 */
public final class TlsOptions {

    @Option(names = "--server-fingerprint", paramLabel = "SHA256", descriptionKey = "tls.server-fingerprint")
    String pin;

    @Option(names = "--tls-client-cert", paramLabel = "FILE", descriptionKey = "tls.client-cert")
    Path cert;

    @Option(names = "--tls-client-key", paramLabel = "FILE", descriptionKey = "tls.client-key")
    Path key;

    /**
     * Applies the options to the process's {@link ServerTrust} for this server: the pin and the client certificate.
     *
     * @param server the server, {@code null} when the command names none (then no option may be given)
     * @throws UsageError a pin for a server that is not {@code https://}, a malformed fingerprint, a client
     *                    certificate without its key, an unreadable certificate or key
     */
    public void apply(URI server) throws UsageError {
        boolean https = server != null && "https".equalsIgnoreCase(server.getScheme()); //$NON-NLS-1$
        if ((pin != null || cert != null || key != null) && !https) {
            throw new UsageError(NLS.bind(Messages.DeployArgs_0NeedsAnHttpsServer, (pin != null ? "--server-fingerprint" //$NON-NLS-1$
                    : cert != null ? "--tls-client-cert" : "--tls-client-key"))); //$NON-NLS-1$ //$NON-NLS-2$
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
                ServerTrust.shared().clientCertificate(cert, key);
            } catch (IOException e) {
                throw new UsageError(e.getMessage());
            }
        }
    }
}
