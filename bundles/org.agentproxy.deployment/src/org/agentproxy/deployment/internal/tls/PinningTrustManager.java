package org.agentproxy.deployment.internal.tls;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import org.agentproxy.deployment.ServerTrust;

/**
 * Trusts a server certificate that is pinned for the handshake's host and port (by its SHA-256 fingerprint), or,
 * when none is pinned, one the JDK's default trust manager accepts (system trust store, host name). Anything else
 * is refused with a {@link CertificateRefusal} naming the fingerprint seen.
 */
public final class PinningTrustManager extends X509ExtendedTrustManager {

    private final ServerTrust trust;
    private final X509ExtendedTrustManager system;

    public PinningTrustManager(ServerTrust trust) throws GeneralSecurityException {
        this.trust = trust;
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        X509ExtendedTrustManager found = null;
        for (TrustManager m : factory.getTrustManagers()) {
            if (m instanceof X509ExtendedTrustManager x) {
                found = x;
            }
        }
        if (found == null) {
            throw new GeneralSecurityException("the Java runtime has no X.509 trust manager");
        }
        this.system = found;
    }

    /** The SHA-256 fingerprint of a certificate, as OpenSSL prints it. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute a SHA-256 fingerprint: " + e.getMessage(), e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        String host = engine == null ? null : engine.getPeerHost();
        int port = engine == null ? -1 : engine.getPeerPort();
        check(chain, host, port, () -> system.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        String host = socket == null ? null : socket.getInetAddress().getHostName();
        int port = socket == null ? -1 : socket.getPort();
        check(chain, host, port, () -> system.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, null, -1, () -> system.checkServerTrusted(chain, authType));
    }

    /**
     * Why the system refused the certificate: expired or not yet valid, with the date (what an administrator can act
     * on); else the runtime's own words (e.g. {@code PKIX path building failed …}).
     */
    private static String reason(CertificateException e, X509Certificate certificate) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateExpiredException || t instanceof CertPathValidatorException v
                    && v.getReason() == CertPathValidatorException.BasicReason.EXPIRED) {
                return Messages.bind(Messages.PinningTrustManager_expired, certificate.getNotAfter().toInstant());
            }
            if (t instanceof CertificateNotYetValidException || t instanceof CertPathValidatorException v
                    && v.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                return Messages.bind(Messages.PinningTrustManager_notYetValid, certificate.getNotBefore().toInstant());
            }
        }
        return e.getMessage();
    }

    private interface Check {
        void run() throws CertificateException;
    }

    private void check(X509Certificate[] chain, String host, int port, Check systemCheck)
            throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException(Messages.PinningTrustManager_noCertificate);
        }
        String seen = fingerprint(chain[0]);
        String pinned = host == null ? null : trust.pinned(host, port);
        String where = host == null ? Messages.PinningTrustManager_theServer : host + ":" + port;
        if (pinned != null) {
            if (!pinned.equals(seen)) {
                throw new CertificateRefusal(seen, pinned,
                        Messages.bind(Messages.PinningTrustManager_changed, where, seen, pinned), null);
            }
            return;
        }
        try {
            systemCheck.run();
        } catch (CertificateException e) {
            throw new CertificateRefusal(seen, null,
                    Messages.bind(Messages.PinningTrustManager_notTrusted, where, reason(e, chain[0]), seen), e);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("a client trusts no clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("a client trusts no clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a client trusts no clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }
}
