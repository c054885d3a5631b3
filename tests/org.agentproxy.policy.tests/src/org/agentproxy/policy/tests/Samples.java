package org.agentproxy.policy.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;

/** The shipped samples under {@code docs/samples}, located by the system property the test bundle's pom sets. */
final class Samples {

    static final String PROPERTY = "agentproxy.samples";

    private Samples() {
    }

    /** The samples directory ({@code docs/samples}). */
    static Path dir() {
        String dir = System.getProperty(PROPERTY);
        assertNotNull(dir, "system property " + PROPERTY + " is not set (see the test bundle's pom.xml)");
        Path path = Path.of(dir);
        assertTrue(Files.isDirectory(path), () -> PROPERTY + " is not a directory: " + path);
        return path;
    }

    static Path samplePolicyFile() {
        return dir().resolve("sample-policy.json");
    }

    /** The text of {@code sample-policy.json}. */
    static String samplePolicyText() {
        try {
            return Files.readString(samplePolicyFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code sample-policy.json}, decoded. */
    static Policy samplePolicy() {
        try {
            return PolicyCodec.read(samplePolicyFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
