package org.agentproxy.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.policy.store.PolicyFiles;
import org.agentproxy.policy.validation.PolicyValidator;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.ui.internal.editor.PolicyChangeOperation;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;

/**
 * The policy open in the studio: its file, the saved content, the edited content, its problems. Every edit is an
 * undoable operation in the workbench operation history under {@link #undoContext()}. Views and editors listen to
 * it. Confined to the UI thread; holds no SWT resource.
 */
public final class ActivePolicy {

    private final List<Consumer<ActivePolicy>> listeners = new CopyOnWriteArrayList<>();
    private final IUndoContext undoContext = new ObjectUndoContext(this, "Policy");
    private Path file;
    private Policy saved;
    private Policy policy;
    private List<Problem> problems = List.of();

    /**
     * Reads a policy file and makes it the active policy; its undo history starts empty. On a format error
     * nothing changes.
     *
     * @throws PolicyFormatException the file is not a valid policy document (field, line, reason)
     */
    public void open(Path path) throws PolicyFormatException, IOException {
        Policy read = PolicyCodec.read(path);
        history().dispose(undoContext, true, true, true);
        file = path.toAbsolutePath();
        saved = read;
        set(read);
    }

    /** Writes the edited policy to its file (atomically). */
    public void save() throws IOException {
        saveAs(file);
    }

    /** Writes the edited policy to a file (atomically) and makes that file the active one. */
    public void saveAs(Path path) throws IOException {
        Objects.requireNonNull(policy, "no policy is open");
        PolicyFiles.save(path, policy);
        file = path.toAbsolutePath();
        saved = policy;
        fire();
    }

    /** Drops the edits: back to the saved content, with an empty undo history. */
    public void revert() {
        history().dispose(undoContext, true, true, true);
        set(saved);
    }

    /**
     * Applies an edit as an undoable operation.
     *
     * @param label what the edit does, for Edit → Undo ("Undo Set proxy host")
     * @param edit  the change to the current policy; an edit that changes nothing is not recorded
     */
    public void change(String label, UnaryOperator<Policy> edit) {
        Policy after = edit.apply(policy);
        if (after.equals(policy)) {
            return;
        }
        PolicyChangeOperation operation = new PolicyChangeOperation(label, this, policy, after);
        operation.addContext(undoContext);
        try {
            history().execute(operation, null, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the edited content without recording an operation (used by undo and redo). */
    public void replace(Policy value) {
        set(value);
    }

    public IUndoContext undoContext() {
        return undoContext;
    }

    public Path file() {
        return file;
    }

    /** The edited policy, or {@code null} before one is opened. */
    public Policy policy() {
        return policy;
    }

    /** The content of the file as last opened or saved. */
    public Policy savedPolicy() {
        return saved;
    }

    public boolean isDirty() {
        return policy != null && !policy.equals(saved);
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

    private void set(Policy value) {
        policy = value;
        problems = PolicyValidator.validate(value);
        fire();
    }

    private void fire() {
        listeners.forEach(l -> l.accept(this));
    }

    private static IOperationHistory history() {
        return OperationHistoryFactory.getOperationHistory();
    }
}
