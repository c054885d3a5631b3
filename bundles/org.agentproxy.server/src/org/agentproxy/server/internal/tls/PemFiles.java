package org.agentproxy.server.internal.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** Certificates and private keys in PEM files, as OpenSSL and certificate authorities hand them out. */
public final class PemFiles {

    private PemFiles() {
    }

    /**
     * The certificates of a PEM file, in file order.
     *
     * @throws IOException unreadable, or no certificate in it: the message names the option and the file
     */
    public static List<X509Certificate> certificates(Path file, String option) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(option + " " + file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> out = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IOException(option + " " + file + ": holds no PEM certificate");
            }
            return out;
        } catch (CertificateException e) {
            throw new IOException(option + " " + file + ": not a PEM certificate file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The private key of a PEM file (PKCS#8 {@code PRIVATE KEY}, or {@code RSA}/{@code EC PRIVATE KEY}), not
     * encrypted; the file must be readable by its owner only.
     */
    public static PrivateKey privateKey(Path file, String option) throws IOException {
        OwnerOnly.check(file, option, "a private key");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(reader)) {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (o instanceof PEMKeyPair pair) {
                    return converter.getKeyPair(pair).getPrivate();
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IOException(option + " " + file + ": not a readable PEM private key (" + e.getMessage() + ")",
                    e);
        }
        throw new IOException(option + " " + file + ": holds no unencrypted PEM private key (PRIVATE KEY, RSA "
                + "PRIVATE KEY or EC PRIVATE KEY)");
    }
}
