package org.agentproxy.policy.store.internal.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.policy.store.internal.transfer.SecretsJson.WipeableBytes;
import org.agentproxy.policy.store.transfer.ImportException;
import org.agentproxy.policy.store.transfer.ImportException.Reason;
import org.agentproxy.policy.store.transfer.ImportedPolicy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code agentproxy-export/1} document: {@code {"format", "policy": <the policy file>, "secrets": {"kdf",
 * "iterations", "salt", "check", "cipher", "iv", "data"}}}. The associated data of the encryption is the policy
 * as the codec writes it, so the secrets only open with the policy they were exported with.
 */
public final class ExportEnvelope {

    public static final String FORMAT = "agentproxy-export/1";
    static final String KDF = "PBKDF2-HMAC-SHA256";
    static final String CIPHER = "AES-256-GCM";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExportEnvelope() {
    }

    public static byte[] seal(Policy policy, Map<SecretRef, char[]> secrets, char[] passphrase) {
        String policyJson = PolicyCodec.write(policy);
        byte[] salt = SecretCipher.random(SecretCipher.SALT_BYTES);
        byte[] iv = SecretCipher.random(SecretCipher.IV_BYTES);
        WipeableBytes plain = new WipeableBytes();
        try (SecretCipher.Keys keys = new SecretCipher.Keys(passphrase, salt, SecretCipher.ITERATIONS)) {
            SecretsJson.write(secrets, plain);
            byte[] plainBytes = plain.toByteArray();
            byte[] data;
            try {
                data = SecretCipher.encrypt(keys, iv, policyJson.getBytes(StandardCharsets.UTF_8), plainBytes);
            } finally {
                Arrays.fill(plainBytes, (byte) 0);
            }
            ObjectNode doc = MAPPER.createObjectNode();
            doc.put("format", FORMAT);
            doc.set("policy", MAPPER.readTree(policyJson));
            ObjectNode s = doc.putObject("secrets");
            s.put("kdf", KDF).put("iterations", SecretCipher.ITERATIONS).put("salt", b64(salt))
                    .put("check", b64(keys.check)).put("cipher", CIPHER).put("iv", b64(iv)).put("data", b64(data));
            return (MAPPER.writeValueAsString(doc) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot encrypt the export: " + e.getMessage(), e);
        } finally {
            plain.wipe();
        }
    }

    public static boolean isEnvelope(byte[] content) {
        try {
            return FORMAT.equals(MAPPER.readTree(content).path("format").asText());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public static ImportedPolicy open(byte[] content, char[] passphrase) throws ImportException {
        JsonNode doc;
        try {
            doc = MAPPER.readTree(content);
        } catch (IOException e) {
            throw new ImportException(Reason.NOT_A_POLICY, "not a policy file or an export: not JSON", e);
        }
        String format = doc == null ? "" : doc.path("format").asText("");
        if (PolicyCodec.FORMAT.equals(format)) {
            return new ImportedPolicy(readPolicy(content, ""), Map.of());
        }
        if (format.startsWith("agentproxy-policy/")) {
            throw new ImportException(Reason.UNSUPPORTED_FORMAT, "format: \"" + format
                    + "\" is not supported; this version of Agent Proxy Studio reads \"" + PolicyCodec.FORMAT + "\"");
        }
        if (!format.startsWith("agentproxy-export/")) {
            throw new ImportException(Reason.NOT_A_POLICY, "not a policy file or an export: \"format\" is "
                    + (format.isEmpty() ? "missing" : "\"" + format + "\"") + ", expected \"" + PolicyCodec.FORMAT
                    + "\" or \"" + FORMAT + "\"");
        }
        if (!FORMAT.equals(format)) {
            throw new ImportException(Reason.UNSUPPORTED_FORMAT, "format: \"" + format
                    + "\" is not supported; this version of Agent Proxy Studio reads \"" + FORMAT + "\"");
        }
        JsonNode policyNode = doc.path("policy");
        if (!policyNode.isObject()) {
            throw new ImportException(Reason.MALFORMED, "policy: is missing or not an object");
        }
        Policy policy = readPolicy(policyNode.toString().getBytes(StandardCharsets.UTF_8), "policy.");
        return new ImportedPolicy(policy, EnvelopeSecrets.open(doc.path("secrets"), policy, passphrase));
    }

    private static Policy readPolicy(byte[] json, String prefix) throws ImportException {
        try {
            return PolicyCodec.read(new String(json, StandardCharsets.UTF_8));
        } catch (PolicyFormatException e) {
            String field = e.field().isEmpty() ? prefix.replace(".", "") : prefix + e.field();
            String where = prefix.isEmpty() && e.line() > 0 ? " (line " + e.line() + ", column " + e.column() + ")"
                    : "";
            throw new ImportException(Reason.MALFORMED, (field.isEmpty() ? "" : field + ": ") + e.reason() + where,
                    e);
        }
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
