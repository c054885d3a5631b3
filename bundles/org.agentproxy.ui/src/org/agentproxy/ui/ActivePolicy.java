package org.agentproxy.ui;

import org.eclipse.osgi.util.NLS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.SecretRef;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.policy.codec.PolicyFormatException;
import org.agentproxy.policy.store.PolicyId;
import org.agentproxy.policy.store.history.PolicyHistory;
import org.agentproxy.policy.store.secrets.SecretStore;
import org.agentproxy.policy.store.secrets.SecretStoreException;
import org.agentproxy.policy.validation.PolicyValidator;
import org.agentproxy.policy.validation.Problem;
import org.agentproxy.smartprotection.FeatureRegistry;
import org.agentproxy.ui.internal.editor.PolicyChangeOperation;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;

/**
 * The policy open in the studio: its file, the saved content, the edited content, its problems, and passwords
 * typed but not saved yet. Every edit of the policy is an undoable operation in the workbench operation history
 * under {@link #undoContext()}. Saving writes the file, keeps a version in the history and puts the passwords
 * into the secret store (never into the file). Views and editors listen to it. Confined to the UI thread; holds no
 * SWT resource.
 */
public final class ActivePolicy {

    private final List<Consumer<ActivePolicy>> listeners = new CopyOnWriteArrayList<>();
    private final Map<SecretRef, char[]> pendingSecrets = new HashMap<>();
    private final Supplier<SecretStore> secrets;
    private final Supplier<PolicyHistory> history;
    private final IUndoContext undoContext = new ObjectUndoContext(this, Messages.ActivePolicy_policy);
    private Path file;
    private Policy saved;
    private Policy policy;
    private List<Problem> problems = List.of();
    /** The last edit while it may still grow: further edits of the same field join it (typing a host). */
    private PolicyChangeOperation growing;

    /**
     * @param secrets where passwords go on save (looked up when needed: secure storage opens on first use)
     * @param history where every save keeps a version
     */
    public ActivePolicy(Supplier<SecretStore> secrets, Supplier<PolicyHistory> history) {
        this.secrets = secrets;
        this.history = history;
    }

    /**
     * Reads a policy file and makes it the active policy; its undo history starts empty. On a format error
     * nothing changes.
     *
     * @throws PolicyFormatException the file is not a valid policy document (field, line, reason)
     */
    public void open(Path path) throws PolicyFormatException, IOException {
        open(load(path));
    }

    /**
     * Reads and validates a policy file without touching the active policy: callable on any thread, so that the
     * studio reads the policy it opens at start-up while the workbench window is being created.
     *
     * @throws PolicyFormatException the file is not a valid policy document (field, line, reason)
     */
    public static Loaded load(Path path) throws PolicyFormatException, IOException {
        Policy read = PolicyCodec.read(path);
        return new Loaded(path.toAbsolutePath(), read, validate(read));
    }

    /** Makes a policy read by {@link #load(Path)} the active policy; its undo history starts empty. */
    public void open(Loaded loaded) {
        endEdit();
        operations().dispose(undoContext, true, true, true);
        clearPendingSecrets();
        file = loaded.file();
        saved = loaded.policy();
        set(loaded.policy(), loaded.problems());
    }

    /**
     * A policy file as read by {@link #load(Path)}: its absolute path, its content and its problems.
     *
     * @param file     the absolute path of the file
     * @param policy   its content
     * @param problems what the validators and the installed features report about it
     */
    public record Loaded(Path file, Policy policy, List<Problem> problems) {
        public Loaded {
            Objects.requireNonNull(file, "file"); //$NON-NLS-1$
            Objects.requireNonNull(policy, "policy"); //$NON-NLS-1$
            problems = List.copyOf(problems);
        }
    }

    /** Writes the edited policy to its file (atomically). */
    public void save() throws IOException {
        saveAs(file);
    }

    /**
     * Writes the edited policy to a file (atomically), keeps a version in the history, stores the passwords
     * typed since the last save (and, for a new file, copies the stored ones), and makes that file the active one.
     */
    public void saveAs(Path path) throws IOException {
        Objects.requireNonNull(policy, "no policy is open"); //$NON-NLS-1$
        Path target = path.toAbsolutePath();
        storeSecrets(target);
        history.get().save(target, policy);
        file = target;
        saved = policy;
        endEdit();
        clearPendingSecrets();
        fire();
    }

    /**
     * Records a password for a field; it goes to the secret store on save. The policy refers to it by the field's
     * key (an undoable edit when the reference is new).
     *
     * @param field  the password's reference, e.g. {@code internalAgents.server.password}
     * @param value  the password; the caller may wipe its array afterwards
     * @param attach the edit that makes the policy refer to it
     */
    public void setSecret(SecretRef field, char[] value, UnaryOperator<Policy> attach) {
        setSecret(field, value, attach, Messages.ActivePolicy_password);
    }

    /**
     * As {@link #setSecret(SecretRef, char[], UnaryOperator)}, the edit named by the field's label for Edit → Undo
     * ("Undo Password"), one edit with the field's other edits until it loses the focus.
     *
     * @param label what the field is called on screen, e.g. {@code Password}
     * @since 0.2.0
     */
    public void setSecret(SecretRef field, char[] value, UnaryOperator<Policy> attach, String label) {
        char[] old = pendingSecrets.put(field, value.clone());
        if (old != null) {
            Arrays.fill(old, '\0');
        }
        change(field.key(), label, attach);
        fire();
    }

    /** Whether a password is typed (unsaved) or stored for this policy under the reference. */
    public boolean hasSecret(SecretRef ref) {
        if (ref == null) {
            return false;
        }
        if (pendingSecrets.containsKey(ref)) {
            return true;
        }
        try {
            return file != null && secrets.get().get(PolicyId.of(file), ref).map(v -> {
                Arrays.fill(v, '\0');
                return true;
            }).orElse(false);
        } catch (SecretStoreException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The password for a reference: typed and unsaved, or stored. The caller wipes the returned array.
     */
    public Optional<char[]> secret(SecretRef ref) throws SecretStoreException {
        char[] pending = pendingSecrets.get(ref);
        if (pending != null) {
            return Optional.of(pending.clone());
        }
        return file == null ? Optional.empty() : secrets.get().get(PolicyId.of(file), ref);
    }

    private void storeSecrets(Path target) throws IOException {
        SecretStore store = secrets.get();
        PolicyId to = PolicyId.of(target);
        try {
            if (file != null && !PolicyId.of(file).equals(to)) {
                for (SecretRef ref : store.refs(PolicyId.of(file))) {
                    if (!pendingSecrets.containsKey(ref)) {
                        Optional<char[]> value = store.get(PolicyId.of(file), ref);
                        if (value.isPresent()) {
                            store.put(to, ref, value.get());
                            Arrays.fill(value.get(), '\0');
                        }
                    }
                }
            }
            for (Map.Entry<SecretRef, char[]> e : pendingSecrets.entrySet()) {
                store.put(to, e.getKey(), e.getValue());
            }
        } catch (SecretStoreException e) {
            throw new IOException(NLS.bind(Messages.ActivePolicy_thePasswordsCouldNotBe, e.getMessage()), e);
        }
    }

    private void clearPendingSecrets() {
        pendingSecrets.values().forEach(v -> Arrays.fill(v, '\0'));
        pendingSecrets.clear();
    }

    /** Drops the edits: back to the saved content, with an empty undo history. */
    public void revert() {
        endEdit();
        operations().dispose(undoContext, true, true, true);
        clearPendingSecrets();
        set(saved);
    }

    /**
     * Applies an edit as an undoable operation.
     *
     * @param label what the edit does, for Edit → Undo ("Undo Add to Gateways")
     * @param edit  the change to the current policy; an edit that changes nothing is not recorded
     */
    public void change(String label, UnaryOperator<Policy> edit) {
        change(null, label, edit);
    }

    /**
     * Applies an edit of one field as an undoable operation that further edits of the same field join until
     * {@link #endEdit()} (the field loses the focus), another field is edited, or an undo, redo, save or revert:
     * typing a host name keystroke by keystroke is one edit, undone at once.
     *
     * @param field the field's path, e.g. {@code internalAgents.server.host}; {@code null} for an edit on its own
     * @param label what the field is called on screen, for Edit → Undo ("Undo Host")
     * @param edit  the change to the current policy; an edit that changes nothing is not recorded
     */
    public void change(String field, String label, UnaryOperator<Policy> edit) {
        Policy after = edit.apply(policy);
        if (after.equals(policy)) {
            return;
        }
        if (field != null && growing != null && growing.grows(field)
                && operations().getUndoOperation(undoContext) == growing) {
            growing.extend(after);
            set(after);
            return;
        }
        PolicyChangeOperation operation = new PolicyChangeOperation(label, field, this, policy, after);
        operation.addContext(undoContext);
        try {
            operations().execute(operation, null, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        growing = field == null ? null : operation;
    }

    /** Ends the edit in progress: the next edit of the same field is a new undoable edit. */
    public void endEdit() {
        growing = null;
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
        return policy != null && (!policy.equals(saved) || !pendingSecrets.isEmpty());
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

    /**
     * Checks the edited policy again and tells the listeners: for when what the checks depend on changes without an
     * edit, such as a plug-in bringing or taking a Smart Protection feature and its validation.
     */
    public void revalidate() {
        if (policy != null) {
            set(policy);
        }
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
        set(value, validate(value));
    }

    private void set(Policy value, List<Problem> found) {
        policy = value;
        problems = found;
        fire();
    }

    private static List<Problem> validate(Policy value) {
        List<Problem> found = new ArrayList<>(PolicyValidator.validate(value));
        found.addAll(FeatureRegistry.platform().problems(value));
        return List.copyOf(found);
    }

    private void fire() {
        listeners.forEach(l -> l.accept(this));
    }

    private static IOperationHistory operations() {
        return OperationHistoryFactory.getOperationHistory();
    }
}
