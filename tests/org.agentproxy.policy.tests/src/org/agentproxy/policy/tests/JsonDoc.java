package org.agentproxy.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;

/**
 * A policy document as text, for codec tests: start from the shipped sample (a complete, valid file), change one
 * thing, and find the line where the change is so a test can assert the line an error is reported on.
 */
final class JsonDoc {

    private final String text;

    private JsonDoc(String text) {
        this.text = text;
    }

    /** The shipped {@code sample-policy.json}. */
    static JsonDoc sample() {
        return new JsonDoc(Samples.samplePolicyText());
    }

    static JsonDoc of(String text) {
        return new JsonDoc(text);
    }

    /** This document with the one occurrence of {@code target} replaced (fails if it occurs zero or several times). */
    JsonDoc replace(String target, String replacement) {
        int first = text.indexOf(target);
        if (first < 0) {
            fail("not in the document: " + target);
        }
        if (text.indexOf(target, first + 1) >= 0) {
            fail("more than once in the document: " + target);
        }
        return new JsonDoc(text.substring(0, first) + replacement + text.substring(first + target.length()));
    }

    /** The 1-based line of the one occurrence of {@code marker}. */
    int lineOf(String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            fail("not in the document: " + marker);
        }
        assertEquals(-1, text.indexOf(marker, at + 1), () -> "more than once in the document: " + marker);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The 1-based column of the one occurrence of {@code marker} on its line. */
    int columnOf(String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            fail("not in the document: " + marker);
        }
        return at - text.lastIndexOf('\n', at - 1);
    }

    /** Reads the document, expecting the codec to reject it. */
    PolicyFormatException rejected() {
        return Rejections.rejected(() -> PolicyCodec.read(text), "\n" + text + "\n");
    }

    String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
