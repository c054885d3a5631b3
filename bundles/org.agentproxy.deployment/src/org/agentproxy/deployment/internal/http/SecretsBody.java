package org.agentproxy.deployment.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

/** The body of {@code PUT …/secrets}, {@code {"secrets": {KEY: VALUE}}}, written from {@code char[]} values. */
final class SecretsBody {

    private SecretsBody() {
    }

    /** The UTF-8 JSON body; the caller wipes it once sent. */
    static byte[] encode(Map<String, char[]> values) {
        ByteArrayOutputStream out = new WipedOnGrowth(64 + 64 * values.size());
        try (JsonGenerator json = ServerCalls.MAPPER.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("secrets");
            for (Map.Entry<String, char[]> e : values.entrySet()) {
                json.writeFieldName(e.getKey());
                json.writeString(e.getValue(), 0, e.getValue().length);
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("the secrets body cannot be written", e);
        }
        byte[] body = out.toByteArray();
        ((WipedOnGrowth) out).wipe();
        return body;
    }

    /** A byte stream whose buffer is wiped when it grows and at the end, so no copy of a value is left behind. */
    private static final class WipedOnGrowth extends ByteArrayOutputStream {

        WipedOnGrowth(int size) {
            super(size);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            byte[] before = buf;
            super.write(b, off, len);
            if (before != buf) {
                java.util.Arrays.fill(before, (byte) 0);
            }
        }

        @Override
        public synchronized void write(int b) {
            byte[] before = buf;
            super.write(b);
            if (before != buf) {
                java.util.Arrays.fill(before, (byte) 0);
            }
        }

        synchronized void wipe() {
            java.util.Arrays.fill(buf, (byte) 0);
        }
    }
}
