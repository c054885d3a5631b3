package org.agentproxy.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.policy.store.PolicyFiles;
import org.agentproxy.policy.validation.PolicyValidator;
import org.agentproxy.policy.validation.Problem;

/**
 * The policy open in the studio: its file, its content and its problems. Views listen to it. Confined to the UI
 * thread; holds no SWT resource.
 */
public final class ActivePolicy {

    private final List<Consumer<ActivePolicy>> listeners = new CopyOnWriteArrayList<>();
    private Path file;
    private Policy policy;
    private List<Problem> problems = List.of();

    /**
     * Reads a policy file and makes it the active policy. On a format error nothing changes.
     *
     * @throws PolicyFormatException the file is not a valid policy document (field, line, reason)
     */
    public void open(Path path) throws PolicyFormatException, IOException {
        set(path, PolicyCodec.read(path));
    }

    /** Writes the active policy to a file (atomically) and makes that file the active one. */
    public void saveAs(Path path) throws IOException {
        Objects.requireNonNull(policy, "no policy is open");
        PolicyFiles.save(path, policy);
        set(path, policy);
    }

    public Path file() {
        return file;
    }

    /** The open policy, or {@code null} before one is opened. */
    public Policy policy() {
        return policy;
    }

    public List<Problem> problems() {
        return problems;
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    /** Calls the listener now and after every change, until it is removed. */
    public void addListener(Consumer<ActivePolicy> listener) {
        listeners.add(listener);
        listener.accept(this);
    }

    public void removeListener(Consumer<ActivePolicy> listener) {
        listeners.remove(listener);
    }

    private void set(Path path, Policy value) {
        file = path.toAbsolutePath();
        policy = value;
        problems = PolicyValidator.validate(value);
        listeners.forEach(l -> l.accept(this));
    }
}
