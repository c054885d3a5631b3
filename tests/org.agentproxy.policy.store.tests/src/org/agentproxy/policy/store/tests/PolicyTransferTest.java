package org.agentproxy.policy.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.policy.store.PolicyWorkspace;
import org.agentproxy.policy.store.secrets.InMemorySecretStore;
import org.agentproxy.policy.store.transfer.ImportException;
import org.agentproxy.policy.store.transfer.ImportedPolicy;
import org.agentproxy.policy.store.transfer.PolicyTransfer;
import org.agentproxy.policy.store.transfer.SecretExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Export without secrets (the policy file) and with secrets (encrypted with a passphrase), and their import. */
class PolicyTransferTest {

    private static final PolicyId HQ = new PolicyId("headquarters");
    private static final SecretRef SERVER = SecretRef.forField("internalAgents.server.password");
    private static final SecretRef ROAMING = SecretRef.forField("externalAgents.systemProxyCredentials.password");
    private static final String SERVER_SECRET = "server-pw-\u00e9\"quoted\"";
    private static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();

    private final InMemorySecretStore secrets = new InMemorySecretStore();
    private final PolicyTransfer transfer = new PolicyTransfer(secrets);
    private Policy sample;

    @BeforeEach
    void setUp() throws Exception {
        sample = PolicyCodec.read(new String(PolicyWorkspace.sampleBytes(), StandardCharsets.UTF_8));
        secrets.put(HQ, SERVER, SERVER_SECRET.toCharArray());
        secrets.put(HQ, ROAMING, "roaming-pw".toCharArray());
    }

    @Test
    void anExportWithoutSecretsIsThePolicyFileAsItIs() throws Exception {
        byte[] content = transfer.exportWithoutSecrets(sample);

        assertArrayEquals(PolicyCodec.write(sample).getBytes(StandardCharsets.UTF_8), content);
        assertFalse(PolicyTransfer.hasSecrets(content));
        try (ImportedPolicy in = transfer.read(content, null)) {
            assertEquals(sample, in.policy());
            assertFalse(in.hasSecrets());
        }
    }

    @Test
    void anExportWithSecretsRoundTripsWithThePassphrase() throws Exception {
        SecretExport export = transfer.exportWithSecrets(HQ, sample, PASSPHRASE);

        assertEquals(List.of(SERVER, ROAMING), export.included());
        assertEquals(List.of(), export.missing());
        assertTrue(PolicyTransfer.hasSecrets(export.content()));
        InMemorySecretStore target = new InMemorySecretStore();
        try (ImportedPolicy in = transfer.read(export.content(), PASSPHRASE)) {
            assertEquals(sample, in.policy());
            assertEquals(Set.of(SERVER, ROAMING), in.secretRefs());
            new PolicyTransfer(target).storeSecrets(new PolicyId("imported"), in);
        }
        SecretStoreContract.assertSecret(SERVER_SECRET, target.get(new PolicyId("imported"), SERVER));
        SecretStoreContract.assertSecret("roaming-pw", target.get(new PolicyId("imported"), ROAMING));
    }

    @Test
    void theExportIsTheDocumentedEnvelopeWithoutAnySecretInClearText() throws Exception {
        String text = new String(transfer.exportWithSecrets(HQ, sample, PASSPHRASE).content(),
                StandardCharsets.UTF_8);

        assertTrue(text.contains("\"format\" : \"agentproxy-export/1\""), "format");
        assertTrue(text.contains("\"format\" : \"agentproxy-policy/1\""), "the policy file inside");
        assertTrue(text.contains("\"kdf\" : \"PBKDF2-HMAC-SHA256\""), "kdf");
        assertTrue(text.contains("\"iterations\" : 600000"), "iterations");
        assertTrue(text.contains("\"cipher\" : \"AES-256-GCM\""), "cipher");
        assertFalse(text.contains("server-pw") || text.contains("roaming-pw"), "no secret in clear text");
    }

    @Test
    void aWrongPassphraseNamesItselfAsSuch() throws Exception {
        byte[] content = transfer.exportWithSecrets(HQ, sample, PASSPHRASE).content();

        ImportException e = assertThrows(ImportException.class,
                () -> transfer.read(content, "not the passphrase".toCharArray()));

        assertEquals(ImportException.Reason.WRONG_PASSPHRASE, e.reason());
        assertEquals("passphrase: wrong passphrase; it is not the one this export was made with", e.getMessage());
    }

    @Test
    void noPassphraseForAnExportWithSecretsIsAskedFor() throws Exception {
        byte[] content = transfer.exportWithSecrets(HQ, sample, PASSPHRASE).content();

        ImportException e = assertThrows(ImportException.class, () -> transfer.read(content, null));

        assertEquals(ImportException.Reason.PASSPHRASE_REQUIRED, e.reason());
    }

    @Test
    void aPolicyChangedAfterTheExportDoesNotOpenTheSecrets() throws Exception {
        String text = new String(transfer.exportWithSecrets(HQ, sample, PASSPHRASE).content(),
                StandardCharsets.UTF_8);
        byte[] tampered = text.replace("proxy.corp.example", "attacker.example").getBytes(StandardCharsets.UTF_8);

        ImportException e = assertThrows(ImportException.class, () -> transfer.read(tampered, PASSPHRASE));

        assertEquals(ImportException.Reason.TAMPERED, e.reason());
        assertTrue(e.getMessage().contains("the passphrase is right"), e.getMessage());
    }

    @Test
    void aMalformedFieldIsNamed() throws Exception {
        String text = new String(transfer.exportWithSecrets(HQ, sample, PASSPHRASE).content(),
                StandardCharsets.UTF_8);
        byte[] weak = text.replace("\"iterations\" : 600000", "\"iterations\" : 1000").getBytes(StandardCharsets.UTF_8);

        ImportException e = assertThrows(ImportException.class, () -> transfer.read(weak, PASSPHRASE));

        assertEquals(ImportException.Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage().startsWith("secrets.iterations: must be a whole number from 100000"),
                e.getMessage());
    }

    @Test
    void anInvalidPolicyInsideAnExportNamesTheFieldBelowPolicy() throws Exception {
        String text = new String(transfer.exportWithSecrets(HQ, sample, PASSPHRASE).content(),
                StandardCharsets.UTF_8);
        byte[] bad = text.replace("\"port\" : 8080", "\"port\" : \"eighty\"").getBytes(StandardCharsets.UTF_8);

        ImportException e = assertThrows(ImportException.class, () -> transfer.read(bad, PASSPHRASE));

        assertEquals(ImportException.Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage().startsWith("policy.internalAgents.server.port: "), e.getMessage());
    }

    @Test
    void otherFilesAreNotPolicies() {
        ImportException notJson = assertThrows(ImportException.class,
                () -> transfer.read("hello".getBytes(StandardCharsets.UTF_8), null));
        assertEquals(ImportException.Reason.NOT_A_POLICY, notJson.reason());
        ImportException newer = assertThrows(ImportException.class,
                () -> transfer.read("{\"format\": \"agentproxy-export/2\"}".getBytes(StandardCharsets.UTF_8), null));
        assertEquals(ImportException.Reason.UNSUPPORTED_FORMAT, newer.reason());
    }

    @Test
    void secretsTheStoreDoesNotHaveAreListedAsMissing() throws Exception {
        secrets.remove(HQ, ROAMING);

        SecretExport export = transfer.exportWithSecrets(HQ, sample, PASSPHRASE);

        assertEquals(List.of(SERVER), export.included());
        assertEquals(List.of(ROAMING), export.missing());
    }
}
