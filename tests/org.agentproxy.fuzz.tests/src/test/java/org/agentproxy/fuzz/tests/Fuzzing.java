package org.agentproxy.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every fuzz target checks of a refusal. */
final class Fuzzing {

    /** The start of every secret a target plants: no message of ours contains it by chance. */
    static final String SECRET_MARK = "Zq9~";

    private Fuzzing() {
    }

    /**
     * {@code text} (a message, an answer) does not hold {@code secret} — unless the input itself holds it in plain
     * text, where naming it is echoing the input, not revealing a secret (the fuzzer learns our secrets from the
     * comparisons it watches and plants them in field names and paths).
     */
    static void assertNotEchoed(String text, String secret, String input, String what) {
        if (!input.contains(secret)) {
            assertFalse(text.contains(secret), "the answer holds " + what);
        }
    }

    /** A refusal says why, in a message of reasonable size (a message that grows with the input is a finding). */
    static void checkMessage(Exception refused) {
        assertNotNull(refused.getMessage(), "a refusal without a message: " + refused.getClass().getName());
        assertTrue(refused.getMessage().length() <= 2000, "a refusal's message of " + refused.getMessage().length()
                + " characters");
    }
}
