package org.agentproxy.server.internal.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed certificate (ECDSA P-256, SHA-256) for the names a server is reached by: always {@code localhost},
 * {@code 127.0.0.1} and {@code ::1}, plus the host names and addresses given. Written as two PEM files readable by
 * their owner only: {@value #CERTIFICATE} and {@value #KEY}.
 */
public final class SelfSignedCertificate {

    /** The certificate's file name. */
    public static final String CERTIFICATE = "server-cert.pem";
    /** The private key's file name. */
    public static final String KEY = "server-key.pem";
    /** How long it is valid. */
    public static final Duration VALIDITY = Duration.ofDays(825);

    private static final Pattern HOSTNAME = Pattern.compile(
            "(?i)(\\*\\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    /** What the certificate is for: a server (the default) or a client (tests and agents with client certificates). */
    public enum Purpose {
        SERVER(KeyPurposeId.id_kp_serverAuth), CLIENT(KeyPurposeId.id_kp_clientAuth);

        private final KeyPurposeId id;

        Purpose(KeyPurposeId id) {
            this.id = id;
        }
    }

    /** A key pair and its certificate. */
    public record Made(X509Certificate certificate, KeyPair keys, List<String> names) {

        public String fingerprint() {
            return Fingerprint.sha256(certificate);
        }
    }

    private SelfSignedCertificate() {
    }

    /** The names a server certificate covers: loopback first, then {@code extra} (each at most once). */
    public static List<String> names(List<String> extra) {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "::1"));
        for (String name : extra) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return List.copyOf(names);
    }

    /** @throws IllegalArgumentException a name is neither a host name nor an IP address (the message names it) */
    public static void checkNames(List<String> names) {
        generalNames(names);
    }

    /**
     * Makes a key pair and a certificate for these names (the first is also its common name).
     *
     * @throws IllegalArgumentException a name is neither a host name nor an IP address (the message names it)
     */
    public static Made make(List<String> names, Purpose purpose) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair keys = generator.generateKeyPair();
            var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Agent Proxy Studio")
                    .addRDN(BCStyle.CN, names.get(0)).build();
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(127, new SecureRandom()).add(BigInteger.ONE), Date.from(now.minusSeconds(3600)),
                    Date.from(now.plus(VALIDITY)), subject, keys.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(
                    generalNames(names).toArray(GeneralName[]::new)));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose.id));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    utils.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            return new Made(certificate, keys, List.copyOf(names));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make a self-signed certificate: " + e.getMessage(), e);
        }
    }

    /**
     * Makes a server certificate for {@link #names} and writes it to {@code DIR/}{@value #CERTIFICATE} and
     * {@code DIR/}{@value #KEY}, both owner read/write only from their creation.
     *
     * @throws FileAlreadyExistsException either file exists (nothing is overwritten)
     */
    public static Made write(Path directory, List<String> extraNames) throws IOException {
        List<String> names = names(extraNames);
        Made made = make(names, Purpose.SERVER);
        writePem(directory, made, CERTIFICATE, KEY);
        return made;
    }

    /** Writes a made pair as two new owner-only PEM files in {@code directory}. */
    public static void writePem(Path directory, Made made, String certificateName, String keyName)
            throws IOException {
        Files.createDirectories(directory);
        Path certificate = directory.resolve(certificateName);
        Path key = directory.resolve(keyName);
        for (Path p : List.of(certificate, key)) {
            if (Files.exists(p)) {
                throw new FileAlreadyExistsException(p.toString(), null, "exists already; nothing was overwritten");
            }
        }
        ownerOnly(key, pem(new JcaPKCS8Generator(made.keys().getPrivate(), null).generate())); // BEGIN PRIVATE KEY
        ownerOnly(certificate, pem(made.certificate()));
    }

    private static void ownerOnly(Path file, String text) throws IOException {
        boolean posix = Files.getFileStore(file.getParent()).supportsFileAttributeView("posix");
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII, StandardOpenOption.WRITE)) {
            w.write(text);
        }
    }

    private static String pem(Object o) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(text)) {
            w.writeObject(o);
        }
        return text.toString();
    }

    private static List<GeneralName> generalNames(List<String> names) {
        List<GeneralName> out = new ArrayList<>();
        for (String name : names) {
            if (IPV4.matcher(name).matches()) {
                out.add(new GeneralName(GeneralName.iPAddress, name));
                continue;
            }
            if (name.matches("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) { // IPv6: InetAddress parses it, no look-up
                try {
                    out.add(new GeneralName(GeneralName.iPAddress, InetAddress.getByName(name).getHostAddress()));
                    continue;
                } catch (java.net.UnknownHostException e) {
                    throw new IllegalArgumentException("--tls-hostname \"" + name + "\": not an IP address");
                }
            }
            if (!HOSTNAME.matcher(name).matches() || name.length() > 253) {
                throw new IllegalArgumentException("--tls-hostname \"" + name
                        + "\": neither a host name nor an IP address");
            }
            out.add(new GeneralName(GeneralName.dNSName, name));
        }
        return out;
    }
}
