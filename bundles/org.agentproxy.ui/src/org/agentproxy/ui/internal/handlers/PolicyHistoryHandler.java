package org.agentproxy.ui.internal.handlers;

import java.util.Map;

import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.internal.StudioPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryEvent;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.commands.IElementUpdater;
import org.eclipse.ui.menus.UIElement;

/**
 * Edit → Undo and Redo (Ctrl+Z, Ctrl+Y) of the active policy, wherever the focus is: the menu says what they undo
 * ("Undo Host"), and they are enabled exactly when the policy's history has something to undo or redo — asked at
 * every key press, so that Ctrl+Z works at once after File → Revert or Open emptied the history and an edit filled it
 * again.
 */
public abstract class PolicyHistoryHandler extends AbstractHandler implements IElementUpdater {

    private final String verb;
    private final String commandId;
    private final IOperationHistoryListener listener = this::historyChanged;

    PolicyHistoryHandler(String verb, String commandId) {
        this.verb = verb;
        this.commandId = commandId;
        history().addOperationHistoryListener(listener);
    }

    /** Edit → Undo. */
    public static final class Undo extends PolicyHistoryHandler {
        public Undo() {
            super("Undo", "org.eclipse.ui.edit.undo");
        }

        @Override
        IUndoableOperation next(IOperationHistory history, ActivePolicy policy) {
            return history.getUndoOperation(policy.undoContext());
        }

        @Override
        void run(IOperationHistory history, ActivePolicy policy) throws ExecutionException {
            history.undo(policy.undoContext(), null, null);
        }
    }

    /** Edit → Redo. */
    public static final class Redo extends PolicyHistoryHandler {
        public Redo() {
            super("Redo", "org.eclipse.ui.edit.redo");
        }

        @Override
        IUndoableOperation next(IOperationHistory history, ActivePolicy policy) {
            return history.getRedoOperation(policy.undoContext());
        }

        @Override
        void run(IOperationHistory history, ActivePolicy policy) throws ExecutionException {
            history.redo(policy.undoContext(), null, null);
        }
    }

    /** The operation this handler would undo or redo now, or {@code null}. */
    abstract IUndoableOperation next(IOperationHistory history, ActivePolicy policy);

    abstract void run(IOperationHistory history, ActivePolicy policy) throws ExecutionException;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (isEnabled()) {
            run(history(), policy());
        }
        return null;
    }

    @Override
    public boolean isEnabled() {
        return next(history(), policy()) != null;
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        IUndoableOperation operation = next(history(), policy());
        element.setText(label(verb, operation == null ? null : operation.getLabel()));
    }

    /** {@code &Undo Host}: the verb with its mnemonic and what it undoes ({@code &} in the label kept as text). */
    static String label(String verb, String what) {
        String text = "&" + verb;
        return what == null || what.isBlank() ? text : text + " " + what.replace("&", "&&");
    }

    private void historyChanged(OperationHistoryEvent event) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            fireHandlerChanged(new HandlerEvent(this, true, false));
            if (PlatformUI.isWorkbenchRunning()) {
                ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
                if (commands != null) {
                    commands.refreshElements(commandId, null);
                }
            }
        });
    }

    @Override
    public void dispose() {
        history().removeOperationHistoryListener(listener);
        super.dispose();
    }

    private static ActivePolicy policy() {
        return StudioPlugin.getDefault().activePolicy();
    }

    private static IOperationHistory history() {
        return OperationHistoryFactory.getOperationHistory();
    }
}
