package org.agentproxy.policy.store.internal.transfer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cryptography of {@code agentproxy-export/1}: a master key from the passphrase by PBKDF2-HMAC-SHA256, and
 * from it (HMAC-SHA256 with fixed labels) an AES-256-GCM key and a passphrase check value, so that a wrong
 * passphrase is told apart from a changed file.
 */
final class SecretCipher {

    static final int ITERATIONS = 600_000;
    static final int MIN_ITERATIONS = 100_000;
    static final int MAX_ITERATIONS = 10_000_000;
    static final int SALT_BYTES = 16;
    static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Derived keys; {@link #close()} wipes them. */
    static final class Keys implements AutoCloseable {
        final byte[] encryption;
        final byte[] check;

        Keys(char[] passphrase, byte[] salt, int iterations) throws GeneralSecurityException {
            PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
            byte[] master = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            try {
                encryption = hmac(master, "agentproxy-export/1 encryption key");
                check = hmac(master, "agentproxy-export/1 passphrase check");
            } finally {
                Arrays.fill(master, (byte) 0);
            }
        }

        boolean matches(byte[] storedCheck) {
            return MessageDigest.isEqual(check, storedCheck);
        }

        @Override
        public void close() {
            Arrays.fill(encryption, (byte) 0);
        }
    }

    private SecretCipher() {
    }

    static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }

    static byte[] encrypt(Keys keys, byte[] iv, byte[] associated, byte[] plain) throws GeneralSecurityException {
        Cipher c = cipher(Cipher.ENCRYPT_MODE, keys, iv);
        c.updateAAD(associated);
        return c.doFinal(plain);
    }

    /** @throws AEADBadTagException when the data or the associated data were changed */
    static byte[] decrypt(Keys keys, byte[] iv, byte[] associated, byte[] data) throws GeneralSecurityException {
        Cipher c = cipher(Cipher.DECRYPT_MODE, keys, iv);
        c.updateAAD(associated);
        return c.doFinal(data);
    }

    private static Cipher cipher(int mode, Keys keys, byte[] iv) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(keys.encryption, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        return c;
    }

    private static byte[] hmac(byte[] key, String label) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
    }
}
