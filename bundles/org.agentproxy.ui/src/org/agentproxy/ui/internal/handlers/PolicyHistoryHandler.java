package org.agentproxy.ui.internal.handlers;

import java.util.Map;
import java.util.function.BiFunction;

import org.agentproxy.ui.ActivePolicy;
import org.agentproxy.ui.internal.StudioPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistoryListener;
import org.eclipse.core.commands.operations.IUndoContext;
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
public class PolicyHistoryHandler extends AbstractHandler implements IElementUpdater {

    private final String verb;
    private final String commandId;
    private final BiFunction<IOperationHistory, IUndoContext, IUndoableOperation> next;
    private final Step step;
    private final IOperationHistoryListener listener = this::historyChanged;

    /** Undoes or redoes the top operation of a context. */
    private interface Step {
        void run(IOperationHistory history, IUndoContext context) throws ExecutionException;
    }

    private PolicyHistoryHandler(String verb, String commandId,
            BiFunction<IOperationHistory, IUndoContext, IUndoableOperation> next, Step step) {
        this.verb = verb;
        this.commandId = commandId;
        this.next = next;
        this.step = step;
        history().addOperationHistoryListener(listener);
    }

    /** Edit → Undo. */
    public static final class Undo extends PolicyHistoryHandler {
        public Undo() {
            super(Messages.PolicyHistoryHandler_undo, "org.eclipse.ui.edit.undo", IOperationHistory::getUndoOperation, //$NON-NLS-1$
                    (history, context) -> history.undo(context, null, null));
        }
    }

    /** Edit → Redo. */
    public static final class Redo extends PolicyHistoryHandler {
        public Redo() {
            super(Messages.PolicyHistoryHandler_redo, "org.eclipse.ui.edit.redo", IOperationHistory::getRedoOperation, //$NON-NLS-1$
                    (history, context) -> history.redo(context, null, null));
        }
    }

    private IUndoableOperation next() {
        return next.apply(history(), policy().undoContext());
    }

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (isEnabled()) {
            step.run(history(), policy().undoContext());
        }
        return null;
    }

    @Override
    public boolean isEnabled() {
        return next() != null;
    }

    @Override
    public void updateElement(UIElement element, @SuppressWarnings("rawtypes") Map parameters) {
        IUndoableOperation operation = next();
        element.setText(label(verb, operation == null ? null : operation.getLabel()));
    }

    /** {@code &Undo Host}: the verb with its mnemonic and what it undoes ({@code &} in the label kept as text). */
    static String label(String verb, String what) {
        String text = "&" + verb; //$NON-NLS-1$
        return what == null || what.isBlank() ? text : text + " " + what.replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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
