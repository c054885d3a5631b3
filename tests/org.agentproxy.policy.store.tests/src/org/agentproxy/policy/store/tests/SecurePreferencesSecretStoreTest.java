package org.agentproxy.policy.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.spec.PBEKeySpec;

import org.agentproxy.policy.store.internal.secrets.SecurePreferencesSecretStore;
import org.agentproxy.policy.store.secrets.SecretStore;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secret store over a real Equinox secure storage file in a temporary folder, opened with a fixed test
 * password (no prompt, no password provider).
 */
class SecurePreferencesSecretStoreTest extends SecretStoreContract {

    @TempDir
    Path dir;

    private Path file;
    private final AtomicInteger opened = new AtomicInteger();

    @Override
    SecretStore createStore() {
        file = dir.resolve("secure_storage");
        return new SecurePreferencesSecretStore(() -> {
            opened.incrementAndGet();
            return open(file);
        });
    }

    static ISecurePreferences open(Path file) throws java.io.IOException {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test master password".toCharArray()));
        return SecurePreferencesFactory.open(file.toUri().toURL(), options);
    }

    @Test
    void secureStorageIsOpenedOnFirstUseOnly() throws Exception {
        assertEquals(0, opened.get(), "creating the store opens nothing");
        assertTrue(store.toString().contains("not opened"));

        store.get(HQ, SERVER);
        store.put(HQ, SERVER, "x".toCharArray());

        assertEquals(1, opened.get());
    }

    @Test
    void theFileHoldsTheSecretEncryptedUnderThePolicysNode() throws Exception {
        store.put(HQ, SERVER, "plain-text-never".toCharArray());

        String content = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertFalse(content.contains("plain-text-never"), "the secret is not in the file in plain text");
        assertTrue(content.contains(SERVER.key()), "the key is");
        ISecurePreferences node = open(file).node(SecurePreferencesSecretStore.ROOT + "/" + HQ.value());
        assertTrue(node.isEncrypted(SERVER.key()));
    }
}
