package org.agentproxy.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;

import org.agentproxy.policy.store.transfer.ImportException;
import org.agentproxy.policy.store.transfer.ImportedPolicy;
import org.agentproxy.policy.store.transfer.PolicyTransfer;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Importing a policy file or a passphrase-encrypted export ({@code agentproxy-export/1}) from any bytes: the policy
 * (and its secrets) or an {@link ImportException}, never another exception; the passphrase and the secrets are never
 * in the message. The corpus holds a real export of docs/samples/sample-policy.json (passphrase
 * {@value #PASSPHRASE}, 600,000 PBKDF2 iterations, two secrets starting with {@link Fuzzing#SECRET_MARK}) for the
 * fuzzer to mutate; the reader bounds the iterations it accepts (100,000 to 10,000,000), so no input makes the key
 * derivation run for long.
 */
class ExportImportFuzzTest {

    static final String PASSPHRASE = "correct horse battery staple";
    private final PolicyTransfer transfer = new PolicyTransfer(null); // reading needs no secret store

    /** The secret values sealed inside the seed export (the fuzzer cannot seal new ones: it lacks the passphrase). */
    static final String SEALED_SECRET = Fuzzing.SECRET_MARK + "seed-proxy-password";

    @FuzzTest(maxDuration = FuzzDuration.MAX)
    void importsAnyBytesOrSaysWhy(byte[] input) {
        // a string the input holds in plain text may be named in a message (an unknown field, say): only what the
        // input does not show — the passphrase, the sealed values — must never appear
        String plain = new String(input, StandardCharsets.UTF_8);
        try (ImportedPolicy imported = transfer.read(input, PASSPHRASE.toCharArray())) {
            assertFalse(imported.toString().contains(SEALED_SECRET), "toString shows a secret");
        } catch (ImportException expected) {
            Fuzzing.checkMessage(expected);
            Fuzzing.assertNotEchoed(expected.getMessage(), PASSPHRASE, plain, "the passphrase");
            Fuzzing.assertNotEchoed(expected.getMessage(), SEALED_SECRET, plain, "a sealed secret");
        }
    }
}
