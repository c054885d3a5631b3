package org.agentproxy.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A bearer token for a policy server. Its {@link #toString()} never shows the value, so a token cannot reach a
 * log or a message by accident.
 */
public final class AccessToken {

    private final String value;

    public AccessToken(String value) {
        if (value == null || value.isBlank() || value.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new IllegalArgumentException("a token is one line of printable ASCII without spaces");
        }
        this.value = value;
    }

    /**
     * Reads a token file: its first line, surrounding white space removed. Errors name the file, never its
     * content.
     */
    public static AccessToken read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8).strip();
        int newline = content.indexOf('\n');
        String first = newline < 0 ? content : content.substring(0, newline).strip();
        try {
            return new AccessToken(first);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": does not hold a token (" + e.getMessage() + ")");
        }
    }

    /** The secret value: for the Authorization header only. */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return "AccessToken[***]";
    }
}
