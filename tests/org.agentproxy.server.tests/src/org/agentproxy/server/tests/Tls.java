package org.agentproxy.server.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.agentproxy.server.internal.tls.SelfSignedCertificate;

/**
 * TLS helpers for the tests: certificates made as {@code init-tls} makes them, HTTP clients that trust one
 * certificate (and present another), and Debian's {@code openssl s_client} as an independent client.
 */
final class Tls {

    private Tls() {
    }

    /** A server certificate for loopback in {@code dir}: server-cert.pem and server-key.pem. */
    static SelfSignedCertificate.Made serverCertificate(Path dir) throws IOException {
        return SelfSignedCertificate.write(dir, List.of());
    }

    /** A self-signed client certificate (it is its own CA) as {@code NAME-cert.pem} and {@code NAME-key.pem}. */
    static SelfSignedCertificate.Made clientCertificate(Path dir, String name) throws IOException {
        var made = SelfSignedCertificate.make(List.of(name), SelfSignedCertificate.Purpose.CLIENT);
        SelfSignedCertificate.writePem(dir, made, name + "-cert.pem", name + "-key.pem");
        return made;
    }

    /** An HTTP/1.1 client that trusts only the certificate in this PEM file and presents {@code client}, if any. */
    static HttpClient client(Path trustedPem, SelfSignedCertificate.Made client) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(trustedPem)) {
            trust.setCertificateEntry("server", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(trust);
        KeyManagerFactory kmf = null;
        if (client != null) {
            char[] password = "in-memory".toCharArray();
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("client", client.keys().getPrivate(), password,
                    new java.security.cert.Certificate[] { client.certificate() });
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, password);
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), new SecureRandom());
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(context)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * {@code openssl s_client -connect 127.0.0.1:PORT ARGS…} with its input closed: what it printed (the handshake's
     * protocol and cipher, or the alert that ended it).
     */
    static String sClient(int port, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + port,
                "-servername", "localhost"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("openssl s_client did not finish within 30 s: " + command);
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
