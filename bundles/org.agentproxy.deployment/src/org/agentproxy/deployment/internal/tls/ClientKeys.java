package org.agentproxy.deployment.internal.tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * The client certificate a process presents to servers that ask for one: none until {@link #load} is called. A
 * key manager whose key material can be set after the SSL context was made (the HTTP clients are made first).
 */
public final class ClientKeys extends X509ExtendedKeyManager {

    private static final Pattern PKCS8 = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");
    private static final Set<PosixFilePermission> OWNER = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private volatile X509ExtendedKeyManager delegate;

    /** Presents this certificate chain (PEM) and key (unencrypted PKCS#8 PEM, owner-only) from now on. */
    public void load(Path certificate, Path key) throws IOException {
        List<? extends Certificate> chain;
        try (InputStream in = Files.newInputStream(certificate)) {
            chain = List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
        } catch (NoSuchFileException e) {
            throw new IOException("--tls-client-cert " + certificate + ": no such file", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("--tls-client-cert " + certificate + ": not a PEM certificate (" + e.getMessage()
                    + ")", e);
        }
        if (chain.isEmpty()) {
            throw new IOException("--tls-client-cert " + certificate + ": holds no PEM certificate");
        }
        PrivateKey privateKey = privateKey(key);
        try {
            char[] password = HexFormat.of().formatHex(SecureRandom.getSeed(16)).toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("client", privateKey, password, chain.toArray(Certificate[]::new));
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password);
            delegate = (X509ExtendedKeyManager) factory.getKeyManagers()[0];
        } catch (GeneralSecurityException e) {
            throw new IOException("--tls-client-key " + key + ": does not fit the certificate (" + e.getMessage()
                    + ")", e);
        }
    }

    private static PrivateKey privateKey(Path key) throws IOException {
        String option = "--tls-client-key " + key;
        if (!Files.exists(key)) {
            throw new IOException(option + ": no such file");
        }
        if (Files.getFileStore(key).supportsFileAttributeView("posix")
                && !OWNER.containsAll(Files.getPosixFilePermissions(key))) {
            throw new IOException(option + ": other users may read it: it holds a private key; chmod 600 it");
        }
        Matcher m = PKCS8.matcher(Files.readString(key, StandardCharsets.US_ASCII));
        if (!m.find()) {
            throw new IOException(option + ": holds no unencrypted PKCS#8 key (BEGIN PRIVATE KEY); convert one with "
                    + "openssl pkcs8 -topk8 -nocrypt");
        }
        byte[] der = Base64.getMimeDecoder().decode(m.group(1));
        for (String algorithm : List.of("EC", "RSA", "Ed25519", "EdDSA")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IOException(option + ": not an EC, RSA or Ed25519 private key");
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        X509ExtendedKeyManager d = delegate;
        return d == null ? null : d.getClientAliases(keyType, issuers);
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        X509ExtendedKeyManager d = delegate;
        return d == null ? null : d.chooseClientAlias(keyType, issuers, socket);
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
        X509ExtendedKeyManager d = delegate;
        return d == null ? null : d.chooseEngineClientAlias(keyType, issuers, engine);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        X509ExtendedKeyManager d = delegate;
        return d == null ? null : d.getCertificateChain(alias);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        X509ExtendedKeyManager d = delegate;
        return d == null ? null : d.getPrivateKey(alias);
    }
}
