package org.agentproxy.policy.store.internal.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Map;

import javax.crypto.AEADBadTagException;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.store.transfer.ImportException;
import org.agentproxy.policy.store.transfer.ImportException.Reason;

import com.fasterxml.jackson.databind.JsonNode;

/** The {@code "secrets"} member of an export: the passphrase check, then the decryption. */
final class EnvelopeSecrets {

    private EnvelopeSecrets() {
    }

    static Map<SecretRef, char[]> open(JsonNode node, Policy policy, char[] passphrase) throws ImportException {
        EnvelopeFields f = EnvelopeFields.read(node);
        if (passphrase == null || passphrase.length == 0) {
            throw new ImportException(Reason.PASSPHRASE_REQUIRED,
                    "passphrase: this export holds encrypted secrets; give the passphrase it was exported with");
        }
        SecretCipher.Keys keys;
        try {
            keys = new SecretCipher.Keys(passphrase, f.salt(), f.iterations());
        } catch (GeneralSecurityException e) {
            throw new ImportException(Reason.MALFORMED, "secrets: cannot derive the key: " + e.getMessage(), e);
        }
        try (keys) {
            if (!keys.matches(f.check())) {
                throw new ImportException(Reason.WRONG_PASSPHRASE,
                        "passphrase: wrong passphrase; it is not the one this export was made with");
            }
            return decrypt(keys, f, PolicyCodec.write(policy).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Map<SecretRef, char[]> decrypt(SecretCipher.Keys keys, EnvelopeFields f, byte[] policyJson)
            throws ImportException {
        byte[] plain = null;
        try {
            plain = SecretCipher.decrypt(keys, f.iv(), policyJson, f.data());
            return SecretsJson.read(plain);
        } catch (AEADBadTagException e) {
            throw new ImportException(Reason.TAMPERED, "secrets.data: the passphrase is right, but the policy or"
                    + " the encrypted secrets were changed after the export", e);
        } catch (GeneralSecurityException | IOException e) {
            throw new ImportException(Reason.MALFORMED, "secrets.data: cannot be decrypted: " + e.getMessage(), e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }
}
