package org.agentproxy.policy.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;

/** Saving policy files so that a crash or a full disk never leaves a half-written file behind. */
public final class PolicyFiles {

    private PolicyFiles() {
    }

    /**
     * Writes the policy to a temporary file beside the target, forces it to disk, then renames it over the
     * target: readers see the old file or the new one, never a mix. The old file is kept when anything fails.
     */
    public static void save(Path file, Policy policy) throws IOException {
        writeAtomically(file, PolicyCodec.write(policy).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to a file atomically and durably (see {@link DurableFiles#write}). */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        DurableFiles.write(file, content);
    }
}
