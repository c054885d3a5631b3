package org.agentproxy.server.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Encryption at rest of the secret values the server keeps: AES-256-GCM with a random 96-bit nonce per
 * message and associated data binding a ciphertext to its place (group and entry), so that a ciphertext copied
 * elsewhere does not decrypt. Thread-safe.
 */
final class SecretBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;

    SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the secret key must be 32 bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    ObjectNode seal(byte[] plaintext, String place) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            ObjectNode sealed = Json.object();
            sealed.put("algorithm", "AES-256-GCM");
            sealed.put("nonce", Base64.getEncoder().encodeToString(nonce));
            sealed.put("ciphertext", Base64.getEncoder().encodeToString(cipher.doFinal(plaintext)));
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
        }
    }

    byte[] open(JsonNode sealed, String place) throws IOException {
        try {
            byte[] nonce = Base64.getDecoder().decode(Json.text(sealed, "nonce"));
            byte[] ciphertext = Base64.getDecoder().decode(Json.text(sealed, "ciphertext"));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(ciphertext);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("the secrets of " + place + " cannot be decrypted (wrong secret.key or damaged)");
        }
    }
}
