package org.agentproxy.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.agentproxy.deployment.internal.JournalCodec;
import org.agentproxy.policy.store.DurableFiles;

/**
 * The client-side audit record of deployments and rollbacks: one JSON file per deployment
 * ({@code ID.json}, format {@code agentproxy-deployment/1}) with who ran it, when, the policy, per target the
 * changes planned and the outcome. Written durably and atomically. Holds no token and no secret. Thread-safe.
 */
public final class DeploymentJournal {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final Path directory;

    public DeploymentJournal(Path directory) {
        this.directory = directory;
    }

    /**
     * The default directory, per user: {@code $XDG_STATE_HOME/agentproxy/deployments}, else
     * {@code ~/.local/state/agentproxy/deployments}, where {@code ~} is the JVM's {@code user.home} as the runtime was
     * given it (the start scripts set it from {@code $HOME}).
     */
    public static Path defaultDirectory() {
        String state = System.getenv("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state)
                : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("agentproxy").resolve("deployments");
    }

    public Path directory() {
        return directory;
    }

    /**
     * Records a deployment.
     *
     * @param plan   the plan it ran (its diffs are recorded), or {@code null} for a rollback
     * @param result how it ended
     */
    public void record(DeploymentPlan plan, DeploymentResult result) throws IOException {
        DurableFiles.write(file(result.id()), JournalCodec.encode(plan, result));
    }

    /** A recorded deployment, or empty when there is none with that id. */
    public Optional<DeploymentResult> load(String id) throws IOException {
        try {
            return Optional.of(JournalCodec.decode(Files.readAllBytes(file(id))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * The recorded rollbacks of a deployment that rolled back at least one target, oldest first. Only records newer
     * than the deployment's second are read (ids start with their time to the second, then a random part); a record
     * that cannot be read is passed over.
     */
    public List<DeploymentResult> rollbacksOf(String deploymentId) throws IOException {
        List<DeploymentResult> found = new ArrayList<>();
        String since = timePart(deploymentId);
        for (String id : ids()) {
            if (id.equals(deploymentId) || timePart(id).compareTo(since) < 0) {
                continue;
            }
            try {
                load(id).filter(r -> deploymentId.equals(r.rollbackOf()) && r.results().stream()
                        .anyMatch(t -> t.outcome() == TargetResult.Outcome.ROLLED_BACK)).ifPresent(found::add);
            } catch (IOException | RuntimeException unreadable) {
                // not a record this client can read: not a rollback of the deployment either
            }
        }
        return found;
    }

    /** {@code d-20261128T060132Z} of {@code d-20261128T060132Z-0218f8}. */
    private static String timePart(String id) {
        int dash = id.lastIndexOf('-');
        return dash > 0 ? id.substring(0, dash) : id;
    }

    /** The ids of the recorded deployments, oldest first (ids start with their time). */
    public List<String> ids() throws IOException {
        List<String> ids = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            try (var files = Files.newDirectoryStream(directory, "*.json")) {
                files.forEach(f -> ids.add(f.getFileName().toString().replaceFirst("\\.json$", "")));
            }
        }
        ids.sort(null);
        return ids;
    }

    private Path file(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("deployment id: letters, digits, '.', '_' or '-' only");
        }
        return directory.resolve(id + ".json");
    }
}
