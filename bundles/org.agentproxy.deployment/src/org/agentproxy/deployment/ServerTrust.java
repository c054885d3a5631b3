package org.agentproxy.deployment;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSessionContext;

import org.agentproxy.deployment.internal.tls.ClientKeys;
import org.agentproxy.deployment.internal.tls.PinningTrustManager;

/**
 * How this process trusts policy servers over HTTPS: a server whose certificate chains to the system trust store
 * (and matches its host name) is trusted, unless a SHA-256 fingerprint is pinned for its host and port: then only
 * the certificate with that fingerprint is trusted, whatever signed it. A server neither trusted nor pinned is
 * refused with {@link UntrustedServerException}, which names the fingerprint seen. Optionally a client certificate
 * for servers that ask for one ({@code agentproxy server --tls-client-ca}).
 * <p>
 * One per process ({@link #shared}): every HTTP client of the deployment core (transports, group administration,
 * the agent fleet) uses its {@link #sslContext}, which looks the pins up at each handshake. Thread-safe.
 */
public final class ServerTrust {

    private static final ServerTrust SHARED = new ServerTrust();

    private final Map<String, String> pins = new ConcurrentHashMap<>();
    private final ClientKeys clientKeys = new ClientKeys();
    private volatile SSLContext context;

    /** A trust of its own (tests); the process's is {@link #shared}. */
    public ServerTrust() {
    }

    /** The process's trust, which the deployment core's HTTP clients use. */
    public static ServerTrust shared() {
        return SHARED;
    }

    /**
     * Trusts only the certificate with this fingerprint for the server's host and port.
     *
     * @param fingerprint 64 hex digits, in pairs joined by colons or not, any case, optionally after {@code SHA256:}
     * @throws IllegalArgumentException not a SHA-256 fingerprint (the message says what one looks like)
     */
    public void pin(URI server, String fingerprint) {
        String value = normalize(fingerprint);
        if (!value.equals(pins.put(origin(server), value))) {
            forgetSessions();
        }
    }

    /** Forgets the pin of the server's host and port: the system trust store decides again. */
    public void unpin(URI server) {
        if (pins.remove(origin(server)) != null) {
            forgetSessions();
        }
    }

    /**
     * A changed pin applies to the next connection: cached TLS sessions are dropped, so none is resumed without the
     * certificate being checked against the pins in force.
     */
    private void forgetSessions() {
        SSLContext c = context;
        if (c == null) {
            return;
        }
        SSLSessionContext sessions = c.getClientSessionContext();
        for (Enumeration<byte[]> ids = sessions.getIds(); ids.hasMoreElements();) {
            SSLSession session = sessions.getSession(ids.nextElement());
            if (session != null) {
                session.invalidate();
            }
        }
    }

    /** The fingerprint pinned for the server's host and port, or {@code null}. */
    public String pinned(URI server) {
        return pins.get(origin(server));
    }

    /** The pin for a host and port, as a TLS handshake names them; {@code null} when none. */
    public String pinned(String host, int port) {
        return pins.get(origin(host, port));
    }

    /**
     * Presents this certificate (PEM, leaf first) and private key (unencrypted PKCS#8 PEM) to servers that ask for
     * a client certificate; without one, the JDK's default key store ({@code javax.net.ssl.keyStore}) is used.
     *
     * @throws IOException a file is missing or unreadable, or the key file is readable by others
     */
    public void clientCertificate(Path certificate, Path key) throws IOException {
        clientKeys.load(certificate, key);
    }

    /** The SSL context to build HTTP clients with: it consults this trust at every handshake. */
    public SSLContext sslContext() {
        SSLContext c = context;
        if (c == null) {
            synchronized (this) {
                if (context == null) {
                    try {
                        SSLContext created = SSLContext.getInstance("TLS");
                        created.init(new javax.net.ssl.KeyManager[] { clientKeys },
                                new javax.net.ssl.TrustManager[] { new PinningTrustManager(this) }, new SecureRandom());
                        context = created;
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("no TLS in this Java runtime: " + e.getMessage(), e);
                    }
                }
                c = context;
            }
        }
        return c;
    }

    /**
     * A fingerprint as OpenSSL prints it (upper-case hex pairs joined by colons).
     *
     * @throws IllegalArgumentException not 32 bytes of hex
     */
    public static String normalize(String fingerprint) {
        String hex = fingerprint == null ? "" : fingerprint.strip();
        if (hex.regionMatches(true, 0, "SHA256:", 0, 7) || hex.regionMatches(true, 0, "SHA-256:", 0, 8)) {
            hex = hex.substring(hex.indexOf(':') + 1);
        }
        hex = hex.replace(":", "").replace(" ", "");
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("a SHA-256 fingerprint is 64 hex digits, e.g. AB:12:…:EF as "
                    + "agentproxy server prints it, not \"" + fingerprint + "\"");
        }
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
    }

    private static String origin(URI server) {
        int port = server.getPort() >= 0 ? server.getPort()
                : "http".equalsIgnoreCase(server.getScheme()) ? 80 : 443;
        return origin(server.getHost() == null ? "" : server.getHost(), port);
    }

    private static String origin(String host, int port) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return h.toLowerCase(Locale.ROOT) + ":" + port;
    }
}
