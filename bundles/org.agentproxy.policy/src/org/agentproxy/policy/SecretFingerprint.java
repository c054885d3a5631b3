package org.agentproxy.policy;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted slow hash of a secret value (PBKDF2-HMAC-SHA256): lets a client tell whether the value it holds is the
 * one a policy server holds without the server ever returning the value. The policy server keeps one per key: an
 * unchanged value keeps its fingerprint; a new or changed value gets a new one with a fresh random salt ({@link #of}),
 * unless the server fingerprinted the same value lately (typically the same password deployed to the next group of a
 * rollout) and reuses that fingerprint, salt included, so equal values of two groups show equal fingerprints. A
 * client hashes its own value with the fingerprint's salt and iterations and {@linkplain #matches compares}.
 * Immutable; {@link #toString()} shows no hash.
 */
public final class SecretFingerprint {

    /** The JCA name of the hash. */
    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** The iterations of new fingerprints (OWASP's figure for PBKDF2-HMAC-SHA256). */
    public static final int ITERATIONS = 600_000;
    /** The range of iterations a client accepts from a server: fewer is too weak, more too slow to compare. */
    public static final int MIN_ITERATIONS = 100_000;
    public static final int MAX_ITERATIONS = 10_000_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private SecretFingerprint(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt.clone();
        this.hash = hash.clone();
    }

    /** A new fingerprint of a value, with a fresh random salt. */
    public static SecretFingerprint of(char[] value) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new SecretFingerprint(ITERATIONS, salt, derive(value, salt, ITERATIONS));
    }

    /**
     * A fingerprint as a server describes it.
     *
     * @throws IllegalArgumentException naming the part that is wrong (another algorithm, iterations out of
     *                                  {@link #MIN_ITERATIONS}…{@link #MAX_ITERATIONS}, salt or hash not Base64 or of
     *                                  the wrong length)
     */
    public static SecretFingerprint parse(String algorithm, int iterations, String salt, String hash) {
        if (!ALGORITHM.equals(algorithm)) {
            throw new IllegalArgumentException("algorithm: expected " + ALGORITHM + ", not " + algorithm);
        }
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations: expected " + MIN_ITERATIONS + " to " + MAX_ITERATIONS
                    + ", not " + iterations);
        }
        byte[] saltBytes = base64("salt", salt);
        byte[] hashBytes = base64("hash", hash);
        if (saltBytes.length < SALT_BYTES || hashBytes.length != HASH_BITS / 8) {
            throw new IllegalArgumentException("salt, hash: expected at least " + SALT_BYTES + " and exactly "
                    + HASH_BITS / 8 + " bytes");
        }
        return new SecretFingerprint(iterations, saltBytes, hashBytes);
    }

    /** Whether a value is the one this fingerprint was made of (a slow hash: hundreds of milliseconds). */
    public boolean matches(char[] value) {
        byte[] derived = derive(value, salt, iterations);
        try {
            return MessageDigest.isEqual(derived, hash);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    public String algorithm() {
        return ALGORITHM;
    }

    public int iterations() {
        return iterations;
    }

    /** The salt, Base64. */
    public String salt() {
        return Base64.getEncoder().encodeToString(salt);
    }

    /** The hash, Base64. */
    public String hash() {
        return Base64.getEncoder().encodeToString(hash);
    }

    @Override
    public String toString() {
        return "SecretFingerprint[" + ALGORITHM + ", " + iterations + " iterations]";
    }

    private static byte[] derive(char[] value, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(value, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available: " + e.getMessage(), e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] base64(String field, String text) {
        try {
            return Base64.getDecoder().decode(text == null ? "" : text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": not Base64");
        }
    }
}
