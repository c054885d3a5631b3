package org.agentproxy.policy.store.internal.transfer;

import java.util.Base64;

import org.agentproxy.policy.store.transfer.ImportException;
import org.agentproxy.policy.store.transfer.ImportException.Reason;

import com.fasterxml.jackson.databind.JsonNode;

/** The checked fields of an export's {@code "secrets"} member; an error names the field and the reason. */
record EnvelopeFields(int iterations, byte[] salt, byte[] check, byte[] iv, byte[] data) {

    static EnvelopeFields read(JsonNode s) throws ImportException {
        if (!s.isObject()) {
            throw malformed("secrets", "is missing or not an object");
        }
        expect(s, "kdf", ExportEnvelope.KDF);
        expect(s, "cipher", ExportEnvelope.CIPHER);
        JsonNode it = s.path("iterations");
        if (!it.canConvertToInt() || !it.isIntegralNumber() || it.intValue() < SecretCipher.MIN_ITERATIONS
                || it.intValue() > SecretCipher.MAX_ITERATIONS) {
            throw malformed("secrets.iterations", "must be a whole number from " + SecretCipher.MIN_ITERATIONS
                    + " to " + SecretCipher.MAX_ITERATIONS + ", not " + it);
        }
        return new EnvelopeFields(it.intValue(), bytes(s, "salt", SecretCipher.SALT_BYTES), bytes(s, "check", 32),
                bytes(s, "iv", SecretCipher.IV_BYTES), bytes(s, "data", -1));
    }

    private static void expect(JsonNode s, String field, String value) throws ImportException {
        if (!value.equals(s.path(field).asText(null))) {
            throw malformed("secrets." + field, "must be \"" + value + "\", not " + s.path(field));
        }
    }

    /** Base64 bytes of an exact length, or of at least 16 bytes (the GCM tag) when the length is -1. */
    private static byte[] bytes(JsonNode s, String field, int length) throws ImportException {
        JsonNode n = s.path(field);
        if (!n.isTextual()) {
            throw malformed("secrets." + field, "is missing or not a Base64 string");
        }
        byte[] b;
        try {
            b = Base64.getDecoder().decode(n.asText());
        } catch (IllegalArgumentException e) {
            throw malformed("secrets." + field, "is not valid Base64: " + e.getMessage());
        }
        if (length >= 0 ? b.length != length : b.length < 16) {
            throw malformed("secrets." + field, "has " + b.length + " bytes, expected "
                    + (length >= 0 ? length : "at least 16"));
        }
        return b;
    }

    private static ImportException malformed(String field, String reason) {
        return new ImportException(Reason.MALFORMED, field + ": " + reason);
    }
}
