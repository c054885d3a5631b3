package org.agentproxy.policy.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's master password for secure storage where no keyring exists: the store's registered password
 * provider (no test password is given here), backed by a random key in an owner-only file.
 */
class KeyFilePasswordProviderTest {

    private static final String PROPERTY = "agentproxy.secureStorageKey";

    @TempDir
    Path dir;
    private String previous;

    @BeforeEach
    void keyFileInTheTemporaryFolder() {
        previous = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, dir.resolve("keys/secure-storage.key").toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, previous);
        }
    }

    @Test
    void secureStorageEncryptsWithAKeyOnlyTheUserCanRead() throws Exception {
        Path storage = dir.resolve("secure_storage");

        ISecurePreferences node = open(storage).node("org.agentproxy/policies/hq");
        node.put("internalAgents.server.password", "Pr0xy-S3cret!", true);
        node.flush();

        Path key = dir.resolve("keys/secure-storage.key");
        assertTrue(Files.isRegularFile(key), "no key file was created");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertFalse(Files.readString(storage).contains("Pr0xy-S3cret!"), "the secret is stored in plain text");
        assertEquals("Pr0xy-S3cret!", open(storage).node("org.agentproxy/policies/hq")
                .get("internalAgents.server.password", null));
    }

    /**
     * Without the property, the key file is per-user state where Eclipse keeps it: under {@code user.home} as the
     * runtime was given it (the start scripts pass {@code -Duser.home=$HOME}), beside Equinox's own
     * {@code ~/.eclipse/org.eclipse.equinox.security} — so a test's or a second profile's home is honoured.
     */
    @Test
    void withoutThePropertyTheKeyFileFollowsTheUserHomeTheRuntimeWasGiven() throws Exception {
        System.clearProperty(PROPERTY);
        String home = System.getProperty("user.home");
        Path given = dir.resolve("another-home");
        System.setProperty("user.home", given.toString());
        try {
            ISecurePreferences node = open(dir.resolve("secure_storage")).node("org.agentproxy/policies/hq");
            node.put("internalAgents.server.password", "Pr0xy-S3cret!", true);
            node.flush();
        } finally {
            System.setProperty("user.home", home);
        }

        Path key = given.resolve(".agentproxy-studio/secure-storage.key");
        assertTrue(Files.isRegularFile(key), "no key file under the user.home given to the runtime");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    }

    private static ISecurePreferences open(Path file) throws Exception {
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        return SecurePreferencesFactory.open(file.toUri().toURL(), options);
    }
}
