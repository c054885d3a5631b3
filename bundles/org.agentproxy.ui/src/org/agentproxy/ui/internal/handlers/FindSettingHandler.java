package org.agentproxy.ui.internal.handlers;

import org.agentproxy.ui.internal.explorer.PolicyExplorerView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Edit → Find Setting… (Ctrl+F): shows the Policy Explorer and puts the cursor into its search box. */
public final class FindSettingHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            var page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
            ((PolicyExplorerView) page.showView(PolicyExplorerView.ID)).focusSearch();
        } catch (PartInitException e) {
            throw new ExecutionException(Messages.FindSettingHandler_cannotShowThePolicyExplorer, e);
        }
        return null;
    }
}
