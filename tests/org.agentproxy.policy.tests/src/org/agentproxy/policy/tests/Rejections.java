package org.agentproxy.policy.tests;

import static org.junit.jupiter.api.Assertions.fail;

import org.agentproxy.policy.codec.PolicyFormatException;

/**
 * Expects a read to be rejected. (Jupiter's {@code assertThrows} takes an {@code Executable} from
 * {@code org.junit.jupiter.api.function}, a package this test bundle does not import.)
 */
final class Rejections {

    /** A read that may throw. */
    @FunctionalInterface
    interface Read {
        Object run() throws Exception;
    }

    private Rejections() {
    }

    /** Runs the read and returns the {@link PolicyFormatException} it throws; fails if it throws nothing else. */
    static PolicyFormatException rejected(Read read, String what) {
        Object result;
        try {
            result = read.run();
        } catch (PolicyFormatException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected a PolicyFormatException for " + what + ", got " + e, e);
        }
        return fail("the codec accepted " + what + " as " + result);
    }
}
