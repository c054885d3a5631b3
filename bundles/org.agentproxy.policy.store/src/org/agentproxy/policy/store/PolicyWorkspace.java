package org.agentproxy.policy.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The studio's workspace folder: {@code policies/} with the user's policies, and the path of the policy opened
 * last. On first use it holds the sample policy, so a new user starts from real data.
 */
public final class PolicyWorkspace {

    /** File name of the sample policy copied into a new workspace. */
    public static final String SAMPLE_NAME = "sample-policy.json";

    private static final String SAMPLE_RESOURCE = "/samples/" + SAMPLE_NAME;
    private static final String LAST_OPENED = ".last-opened";

    private final Path root;

    public PolicyWorkspace(Path root) {
        this.root = root.toAbsolutePath();
    }

    public Path root() {
        return root;
    }

    public Path policiesDir() {
        return root.resolve("policies");
    }

    /**
     * The policy to open at start-up: the one opened last if it still exists, else the sample (copied into
     * {@code policies/} the first time).
     */
    public Path initialPolicy() throws IOException {
        Optional<Path> last = lastOpened();
        if (last.isPresent() && Files.isRegularFile(last.get())) {
            return last.get();
        }
        return ensureSample();
    }

    /** The sample policy in this workspace, copied there from the product if it is not there yet. */
    public Path ensureSample() throws IOException {
        Path sample = policiesDir().resolve(SAMPLE_NAME);
        if (!Files.exists(sample)) {
            PolicyFiles.writeAtomically(sample, sampleBytes());
        }
        return sample;
    }

    /** Remembers the policy opened last, for the next start. */
    public void rememberOpened(Path policy) throws IOException {
        PolicyFiles.writeAtomically(root.resolve(LAST_OPENED),
                policy.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
    }

    public Optional<Path> lastOpened() throws IOException {
        Path marker = root.resolve(LAST_OPENED);
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        String text = Files.readString(marker, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text));
    }

    /** The sample policy shipped with the product (the same file as {@code docs/samples/sample-policy.json}). */
    public static byte[] sampleBytes() {
        try (InputStream in = PolicyWorkspace.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the product ships no " + SAMPLE_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
