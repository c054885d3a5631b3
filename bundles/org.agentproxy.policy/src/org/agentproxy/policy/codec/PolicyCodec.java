package org.agentproxy.policy.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.internal.codec.JsonPolicyCodec;

/**
 * Reads and writes policies in the versioned JSON format {@value #FORMAT}. Secrets are never written: a policy
 * refers to them by key ({@code "password": {"ref": "internalAgents.server.password"}}) and a plain-text password
 * in a file is rejected. Thread-safe.
 */
public final class PolicyCodec {

    /** The format (and its version) this codec reads and writes; the {@code "format"} member of every file. */
    public static final String FORMAT = "agentproxy-policy/1";

    private static final JsonPolicyCodec JSON = new JsonPolicyCodec(FORMAT);

    private PolicyCodec() {
    }

    /** Reads a policy; the stream is read to its end but not closed. */
    public static Policy read(InputStream in) throws PolicyFormatException, IOException {
        return JSON.read(in.readAllBytes());
    }

    public static Policy read(Path file) throws PolicyFormatException, IOException {
        return JSON.read(Files.readAllBytes(file));
    }

    public static Policy read(String json) throws PolicyFormatException {
        return JSON.read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The policy as pretty-printed JSON (UTF-8), {@code "format"} first. */
    public static String write(Policy policy) {
        return JSON.write(policy);
    }

    public static void write(Policy policy, OutputStream out) throws IOException {
        out.write(write(policy).getBytes(StandardCharsets.UTF_8));
    }
}
