package org.agentproxy.server.internal.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer tokens: 256 random bits, base64url, with a prefix saying what they open ({@code apa_} admin,
 * {@code apg_} agent group). Only their SHA-256 is stored; a presented token is hashed and compared in constant
 * time. Thread-safe.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Tokens::newDigest);

    private Tokens() {
    }

    /** A new token with 256 random bits. */
    static String generate(String prefix) {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** The SHA-256 of a token's UTF-8 bytes. */
    public static byte[] hash(String token) {
        return SHA256.get().digest(token.getBytes(StandardCharsets.UTF_8));
    }

    static String hashHex(String token) {
        return HexFormat.of().formatHex(hash(token));
    }

    /** Whether a presented token has the stored hash; constant time in the hash. */
    public static boolean matches(byte[] storedHash, String presented) {
        return storedHash != null && presented != null && MessageDigest.isEqual(storedHash, hash(presented));
    }

    /** The SHA-256 of some bytes as lower-case hex. */
    public static String sha256Hex(byte[] content) {
        return HexFormat.of().formatHex(SHA256.get().digest(content));
    }

    static byte[] sha256(byte[] content) {
        return SHA256.get().digest(content);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
