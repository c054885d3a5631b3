package org.agentproxy.policy;

import java.util.regex.Pattern;

/**
 * A reference to a secret (a proxy password) kept outside the policy, e.g. in Eclipse secure storage.
 * A policy never holds a secret itself, so a policy file, an export or a log cannot leak one.
 *
 * @param key the secret's key: letters, digits, {@code . _ -}; by convention the field path of the password
 */
public record SecretRef(String key) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    public SecretRef {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(
                    "secret key must be 1-200 letters, digits, '.', '_' or '-' starting with a letter or digit");
        }
    }

    /** The conventional reference for the password at a field path, e.g. {@code internalAgents.server.password}. */
    public static SecretRef forField(String fieldPath) {
        return new SecretRef(fieldPath);
    }
}
