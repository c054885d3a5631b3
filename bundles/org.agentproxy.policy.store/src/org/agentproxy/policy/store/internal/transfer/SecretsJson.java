package org.agentproxy.policy.store.internal.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.agentproxy.policy.SecretRef;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The plaintext inside the envelope, {@code {"<key>": "<secret>", …}}, written from and read into {@code char[]}
 * through Jackson's streaming API, so no secret becomes a {@code String}; buffers are wiped after use.
 */
final class SecretsJson {

    /** No thread-local buffer recycling: buffers that held a secret are not handed to the next parser. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonFactory.Feature.USE_THREAD_LOCAL_FOR_BUFFER_RECYCLING).build();

    /** A byte buffer whose content can be wiped. */
    static final class WipeableBytes extends ByteArrayOutputStream {
        void wipe() {
            Arrays.fill(buf, (byte) 0);
            reset();
        }
    }

    private SecretsJson() {
    }

    static void write(Map<SecretRef, char[]> secrets, WipeableBytes out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<SecretRef, char[]> e : secrets.entrySet()) {
                g.writeFieldName(e.getKey().key());
                g.writeString(e.getValue(), 0, e.getValue().length);
            }
            g.writeEndObject();
        }
    }

    /** @throws IOException when the plaintext is not such an object (a damaged export) */
    static Map<SecretRef, char[]> read(byte[] plain) throws IOException {
        Map<SecretRef, char[]> secrets = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(plain)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the decrypted secrets are not a JSON object");
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                SecretRef ref = new SecretRef(p.currentName());
                if (p.nextToken() != JsonToken.VALUE_STRING) {
                    throw new IOException("the decrypted secret " + ref.key() + " is not a string");
                }
                char[] text = p.getTextCharacters();
                int offset = p.getTextOffset();
                secrets.put(ref, Arrays.copyOfRange(text, offset, offset + p.getTextLength()));
            }
        } catch (IOException | IllegalArgumentException e) {
            secrets.values().forEach(v -> Arrays.fill(v, '\0'));
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        return secrets;
    }
}
