package org.agentproxy.ui.internal.editor;

import org.agentproxy.policy.Policy;
import org.agentproxy.ui.ActivePolicy;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * One edit of the active policy: the policy before and after, so undo and redo are exact. An edit of a field
 * grows while the field is being typed into ({@link #extend}), so that one undo restores the value before.
 */
public final class PolicyChangeOperation extends AbstractOperation {

    private final ActivePolicy document;
    private final String field;
    private final Policy before;
    private Policy after;

    /**
     * @param label    what the edit is called in Edit → Undo
     * @param field    the path of the field it edits, or {@code null} for an edit that never grows
     * @param document the policy it edits
     * @param before   the policy before the edit
     * @param after    the policy after it
     */
    public PolicyChangeOperation(String label, String field, ActivePolicy document, Policy before, Policy after) {
        super(label);
        this.document = document;
        this.field = field;
        this.before = before;
        this.after = after;
    }

    /** Whether a further edit of that field joins this one. */
    public boolean grows(String path) {
        return field != null && field.equals(path);
    }

    /** The field's further edit joins this one: undo still goes back to the policy before the first. */
    public void extend(Policy now) {
        after = now;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        document.replace(after);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        document.endEdit();
        return execute(monitor, info);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        document.endEdit();
        document.replace(before);
        return Status.OK_STATUS;
    }
}
