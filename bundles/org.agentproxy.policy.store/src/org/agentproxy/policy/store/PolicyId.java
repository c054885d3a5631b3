package org.agentproxy.policy.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identity of a policy in the workspace: what its history and its secrets are kept under. By convention the
 * policy file's name without {@code .json} ({@code policies/headquarters.json} → {@code headquarters}), so the
 * same file always finds its secrets again; renaming the file starts a new identity.
 *
 * @param value 1-100 letters, digits, {@code . _ -}, starting with a letter or digit
 */
public record PolicyId(String value) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public PolicyId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("policy id \"" + value
                    + "\" is invalid: 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    /** The id of a policy file: its name without {@code .json}, other characters than the allowed ones as '_'. */
    public static PolicyId of(Path policyFile) {
        String name = policyFile.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            name = name.substring(0, name.length() - ".json".length());
        }
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^[._-]+", "");
        if (safe.length() > 100) {
            safe = safe.substring(0, 100);
        }
        return new PolicyId(safe.isEmpty() ? "policy" : safe);
    }

    @Override
    public String toString() {
        return value;
    }
}
