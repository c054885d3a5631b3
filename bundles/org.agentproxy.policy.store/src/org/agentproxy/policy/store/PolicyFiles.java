package org.agentproxy.policy.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

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

    /** Writes bytes to a file atomically (see {@link #save}). */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
