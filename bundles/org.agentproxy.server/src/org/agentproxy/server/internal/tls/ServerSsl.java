package org.agentproxy.server.internal.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

import org.agentproxy.server.ServerTls;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The SSL context of the HTTPS connector: the server's key and certificate chain from the configured files (a
 * self-signed pair is made in {@code DATA/tls} on the first start), TLS 1.2 and 1.3 only, forward-secret AEAD cipher
 * suites only, and, with a client CA, a client certificate required at the handshake.
 */
public final class ServerSsl {

    /** The protocols offered: TLS 1.3 and 1.2; SSL 3, TLS 1.0 and 1.1 are refused at the handshake. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
    /**
     * The cipher suites offered: TLS 1.3's three, and for TLS 1.2 only ECDHE key exchange with AES-GCM or
     * ChaCha20-Poly1305 (Mozilla's "intermediate" profile without the finite-field DHE suites).
     */
    public static final List<String> CIPHER_SUITES = List.of("TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
            "TLS_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");
    /** The folder of the data directory that holds the self-signed pair of {@code --tls-self-signed}. */
    public static final String SELF_SIGNED_DIRECTORY = "tls";

    private final SslContextFactory.Server factory;
    private final X509Certificate certificate;

    private ServerSsl(SslContextFactory.Server factory, X509Certificate certificate) {
        this.factory = factory;
        this.certificate = certificate;
    }

    /**
     * Loads the key material (making the self-signed pair first when asked and absent).
     *
     * @param log gets one line when a self-signed certificate is made
     * @throws IOException a file is missing, unreadable, readable by others (keys, passwords) or holds no key: the
     *                     message names the option and the file, never a password
     */
    public static ServerSsl load(ServerTls tls, Path dataDirectory, Consumer<String> log) throws IOException {
        char[] inMemory = randomPassword();
        KeyStore keys = keyStore(tls, dataDirectory, inMemory, log);
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, inMemory);
            TrustManager[] trust = null;
            if (tls.clientCa() != null) {
                TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
                tmf.init(trustStore(PemFiles.certificates(tls.clientCa(), "--tls-client-ca")));
                trust = tmf.getTrustManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), trust, new SecureRandom());
            SslContextFactory.Server factory = new SslContextFactory.Server();
            factory.setSslContext(context);
            factory.setIncludeProtocols(PROTOCOLS.toArray(String[]::new));
            factory.setIncludeCipherSuites(CIPHER_SUITES.toArray(String[]::new));
            factory.setUseCipherSuitesOrder(true);
            factory.setNeedClientAuth(tls.clientCa() != null);
            factory.setRenegotiationAllowed(false);
            X509Certificate leaf = (X509Certificate) keys.getCertificate(keys.aliases().nextElement());
            return new ServerSsl(factory, leaf);
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS: cannot use the key material: " + e.getMessage(), e);
        } finally {
            Arrays.fill(inMemory, '\0');
        }
    }

    public SslContextFactory.Server factory() {
        return factory;
    }

    /** The server's certificate. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The SHA-256 fingerprint clients pin. */
    public String fingerprint() {
        return Fingerprint.sha256(certificate);
    }

    private static KeyStore keyStore(ServerTls tls, Path data, char[] inMemory, Consumer<String> log)
            throws IOException {
        if (tls.keyStore() != null) {
            return fromPkcs12(tls.keyStore(), tls.passwordFile(), inMemory);
        }
        Path certificate = tls.certificate();
        Path key = tls.privateKey();
        String certOption = "--tls-cert";
        String keyOption = "--tls-key";
        if (tls.selfSigned() != null) {
            Path dir = data.resolve(SELF_SIGNED_DIRECTORY);
            certificate = dir.resolve(SelfSignedCertificate.CERTIFICATE);
            key = dir.resolve(SelfSignedCertificate.KEY);
            certOption = keyOption = "--tls-self-signed";
            if (!Files.exists(certificate) && !Files.exists(key)) {
                var made = SelfSignedCertificate.write(dir, tls.selfSigned());
                log.accept("made a self-signed certificate for " + String.join(", ", made.names()) + " in " + dir);
            }
        }
        List<X509Certificate> chain = PemFiles.certificates(certificate, certOption);
        PrivateKey privateKey = PemFiles.privateKey(key, keyOption);
        return single(privateKey, chain.toArray(Certificate[]::new), inMemory);
    }

    private static KeyStore fromPkcs12(Path file, Path passwordFile, char[] inMemory) throws IOException {
        char[] password = passwordFile == null ? new char[0] : password(passwordFile);
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Key key = store.getKey(alias, password);
                    Certificate[] chain = store.getCertificateChain(alias);
                    if (key instanceof PrivateKey pk && chain != null && chain.length > 0) {
                        return single(pk, chain, inMemory);
                    }
                }
            }
            throw new IOException("--tls-keystore " + file + ": holds no private key with its certificate");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("--tls-keystore " + file + ": no such file", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("--tls-keystore " + file + ": cannot read it as PKCS#12 (" + e.getMessage() + ")",
                    e);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("--tls-keystore")) {
                throw e;
            }
            // the JDK says "keystore password was incorrect" (the cause: a BadPaddingException/UnrecoverableKey)
            throw new IOException("--tls-keystore " + file + ": cannot open it: " + e.getMessage()
                    + (passwordFile == null ? " (no --tls-password-file was given)" : ""), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The first line of an owner-only file, without its line end. */
    private static char[] password(Path file) throws IOException {
        OwnerOnly.check(file, "--tls-password-file", "a password");
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).toCharArray();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static KeyStore single(PrivateKey key, Certificate[] chain, char[] password) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", key, password, chain);
            return store;
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS: the private key does not fit its certificate: " + e.getMessage(), e);
        }
    }

    private static KeyStore trustStore(List<X509Certificate> cas) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        List<X509Certificate> list = new ArrayList<>(cas);
        for (int i = 0; i < list.size(); i++) {
            store.setCertificateEntry("client-ca-" + i, list.get(i));
        }
        return store;
    }

    private static char[] randomPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return java.util.HexFormat.of().formatHex(random).toCharArray();
    }
}
