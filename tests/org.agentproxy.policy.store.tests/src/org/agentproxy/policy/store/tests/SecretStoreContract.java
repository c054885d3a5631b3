package org.agentproxy.policy.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.policy.store.secrets.SecretStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SecretStore} does; each implementation's test extends this. Secrets are compared without
 * ever being printed, also when an assertion fails.
 */
abstract class SecretStoreContract {

    static final PolicyId HQ = new PolicyId("headquarters");
    static final PolicyId BRANCH = new PolicyId("branch");
    static final SecretRef SERVER = SecretRef.forField("internalAgents.server.password");
    static final SecretRef SPS = SecretRef.forField("internalAgents.smartProtection.password");

    SecretStore store;

    /** A new, empty store. */
    abstract SecretStore createStore() throws Exception;

    @BeforeEach
    void create() throws Exception {
        store = createStore();
    }

    static void assertSecret(String expected, Optional<char[]> actual) {
        assertTrue(actual.isPresent(), "a secret is stored");
        assertTrue(Arrays.equals(expected.toCharArray(), actual.get()), "the stored secret differs (not shown)");
    }

    @Test
    void aSecretIsReadBackAsItWasPut() throws Exception {
        store.put(HQ, SERVER, "pässwörd with spaces".toCharArray());
        assertSecret("pässwörd with spaces", store.get(HQ, SERVER));
    }

    @Test
    void anAbsentSecretIsEmpty() throws Exception {
        assertTrue(store.get(HQ, SERVER).isEmpty());
        assertFalse(store.remove(HQ, SERVER));
        assertEquals(Set.of(), store.refs(HQ));
    }

    @Test
    void putReplaces() throws Exception {
        store.put(HQ, SERVER, "first".toCharArray());
        store.put(HQ, SERVER, "second".toCharArray());
        assertSecret("second", store.get(HQ, SERVER));
    }

    @Test
    void secretsAreKeptPerPolicyAndKey() throws Exception {
        store.put(HQ, SERVER, "hq-server".toCharArray());
        store.put(HQ, SPS, "hq-sps".toCharArray());
        store.put(BRANCH, SERVER, "branch-server".toCharArray());

        assertSecret("hq-server", store.get(HQ, SERVER));
        assertSecret("hq-sps", store.get(HQ, SPS));
        assertSecret("branch-server", store.get(BRANCH, SERVER));
        assertEquals(Set.of(SERVER, SPS), store.refs(HQ));
        assertEquals(Set.of(SERVER), store.refs(BRANCH));
    }

    @Test
    void theCallerMayWipeWhatItPutAndWhatItGot() throws Exception {
        char[] given = "wipe-me".toCharArray();
        store.put(HQ, SERVER, given);
        Arrays.fill(given, '\0');
        Arrays.fill(store.get(HQ, SERVER).orElseThrow(), '\0');

        assertSecret("wipe-me", store.get(HQ, SERVER));
    }

    @Test
    void removeRemovesOneSecret() throws Exception {
        store.put(HQ, SERVER, "a".toCharArray());
        store.put(HQ, SPS, "b".toCharArray());

        assertTrue(store.remove(HQ, SERVER));

        assertTrue(store.get(HQ, SERVER).isEmpty());
        assertSecret("b", store.get(HQ, SPS));
    }

    @Test
    void removeAllRemovesOnlyThatPolicysSecrets() throws Exception {
        store.put(HQ, SERVER, "a".toCharArray());
        store.put(BRANCH, SERVER, "b".toCharArray());

        store.removeAll(HQ);

        assertEquals(Set.of(), store.refs(HQ));
        assertSecret("b", store.get(BRANCH, SERVER));
    }

    @Test
    void toStringNeverShowsASecret() throws Exception {
        store.put(HQ, SERVER, "never-shown".toCharArray());
        assertFalse(store.toString().contains("never-shown"));
    }
}
