package org.agentproxy.ui.internal.editor;

import org.agentproxy.policy.Policy;
import org.agentproxy.ui.ActivePolicy;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** One edit of the active policy: the policy before and after, so undo and redo are exact. */
public final class PolicyChangeOperation extends AbstractOperation {

    private final ActivePolicy document;
    private final Policy before;
    private final Policy after;

    public PolicyChangeOperation(String label, ActivePolicy document, Policy before, Policy after) {
        super(label);
        this.document = document;
        this.before = before;
        this.after = after;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        document.replace(after);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return execute(monitor, info);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        document.replace(before);
        return Status.OK_STATUS;
    }
}
