package org.agentproxy.server;

import java.nio.file.Path;
import java.util.List;

import org.agentproxy.server.internal.tls.SelfSignedCertificate;

/**
 * How a policy server speaks TLS: its certificate and key from a PKCS#12 key store (with its password in an
 * owner-only file) or from PEM files, or a self-signed pair the server makes in {@code DATA/tls} on its first start;
 * optionally the CA certificates a client certificate must chain to. Only TLS 1.2 and 1.3 with forward-secret AEAD
 * cipher suites are offered ({@code docs/server.md#tls}).
 *
 * @param keyStore     a PKCS#12 file holding one private key and its certificate chain, or {@code null}
 * @param passwordFile the file holding the key store's password (owner-only; {@code null}: no password)
 * @param certificate  a PEM file with the certificate chain, leaf first, or {@code null}
 * @param privateKey   a PEM file with the private key (PKCS#8, or the traditional RSA/EC forms; owner-only)
 * @param selfSigned   the names a self-signed certificate made on the first start covers besides localhost,
 *                     127.0.0.1 and ::1, or {@code null} when the certificate comes from files (since 1.0.0 a
 *                     name that is neither a host name nor an IP address is refused here, naming it)
 * @param clientCa     a PEM file with the CA certificates client certificates must chain to: when given, every
 *                     client (agents and administrators) must present one at the handshake; {@code null}: none asked
 */
public record ServerTls(Path keyStore, Path passwordFile, Path certificate, Path privateKey, List<String> selfSigned,
        Path clientCa) {

    public ServerTls {
        int sources = (keyStore != null ? 1 : 0) + (certificate != null || privateKey != null ? 1 : 0)
                + (selfSigned != null ? 1 : 0);
        if (sources != 1) {
            throw new IllegalArgumentException("TLS: give exactly one of --tls-keystore, --tls-cert with --tls-key, "
                    + "or --tls-self-signed");
        }
        if ((certificate == null) != (privateKey == null)) {
            throw new IllegalArgumentException(certificate == null ? "--tls-key needs --tls-cert"
                    : "--tls-cert needs --tls-key");
        }
        if (passwordFile != null && keyStore == null) {
            throw new IllegalArgumentException("--tls-password-file belongs to --tls-keystore");
        }
        if (selfSigned != null) {
            SelfSignedCertificate.checkNames(selfSigned);
        }
        selfSigned = selfSigned == null ? null : List.copyOf(selfSigned);
    }

    /** A PKCS#12 key store; {@code passwordFile} may be {@code null}. */
    public static ServerTls keyStore(Path keyStore, Path passwordFile) {
        return new ServerTls(keyStore, passwordFile, null, null, null, null);
    }

    /** A PEM certificate chain and its private key. */
    public static ServerTls pem(Path certificate, Path privateKey) {
        return new ServerTls(null, null, certificate, privateKey, null, null);
    }

    /** A self-signed certificate in {@code DATA/tls}, made on the first start for these names (and loopback). */
    public static ServerTls selfSigned(List<String> hostnames) {
        return new ServerTls(null, null, null, null, hostnames, null);
    }

    /** The same, asking every client for a certificate that chains to the CAs in this PEM file. */
    public ServerTls withClientCa(Path value) {
        return new ServerTls(keyStore, passwordFile, certificate, privateKey, selfSigned, value);
    }
}
