package org.agentproxy.connection.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The authentication schemes in {@code Proxy-Authenticate} / {@code WWW-Authenticate} values (RFC 9110 §11.6.1):
 * {@code Basic realm="x", Digest realm="y", qop="auth"} → {@code Basic, Digest}. A comma-separated element
 * that starts with {@code name=} is a parameter of the challenge before it, not a scheme.
 */
final class AuthChallenges {

    private AuthChallenges() {
    }

    static List<String> schemes(List<String> headerValues) {
        Set<String> schemes = new LinkedHashSet<>();
        for (String value : headerValues) {
            for (String element : splitOutsideQuotes(value)) {
                String first = element.strip().split("[ \t]", 2)[0];
                if (!first.isEmpty() && first.indexOf('=') < 0 && first.indexOf('"') < 0) {
                    schemes.add(first);
                }
            }
        }
        return List.copyOf(schemes);
    }

    private static List<String> splitOutsideQuotes(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' && (i == 0 || value.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
