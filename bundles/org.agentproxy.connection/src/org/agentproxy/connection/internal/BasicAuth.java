package org.agentproxy.connection.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.agentproxy.connection.ProxyCredentials;

/**
 * The {@code Proxy-Authorization: Basic} value (RFC 7617, UTF-8), built without turning the password into a
 * {@code String}; every intermediate array is wiped.
 */
final class BasicAuth {

    private BasicAuth() {
    }

    /** The Base64 token of {@code user:password}; the caller wipes it after sending. */
    static byte[] token(ProxyCredentials credentials) {
        char[] user = credentials.user().toCharArray();
        char[] password = credentials.password();
        char[] joined = new char[user.length + 1 + password.length];
        System.arraycopy(user, 0, joined, 0, user.length);
        joined[user.length] = ':';
        System.arraycopy(password, 0, joined, user.length + 1, password.length);
        Arrays.fill(password, '\0');
        ByteBuffer encoded = null;
        try {
            encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(joined));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            byte[] token = Base64.getEncoder().encode(bytes);
            Arrays.fill(bytes, (byte) 0);
            return token;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("proxy password: is not valid Unicode text", e);
        } finally {
            Arrays.fill(joined, '\0');
            if (encoded != null && encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }
}
