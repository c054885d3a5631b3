package org.agentproxy.deployment.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** SHA-256 and deployment ids. */
public final class Digests {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Digests() {
    }

    public static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** A new deployment id: {@code d-20261128T053600Z-1a2b3c}, sortable by time. */
    static String newId(Instant now) {
        byte[] random = new byte[3];
        RANDOM.nextBytes(random);
        return "d-" + ID_TIME.format(now) + "-" + HexFormat.of().formatHex(random);
    }
}
