package org.agentproxy.simulation.ui.internal;

import org.agentproxy.simulation.codec.ScenarioCodec;
import org.agentproxy.simulation.codec.ScenarioFormatException;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens Connection Paths on a scenario given as the command's parameter ({@value #PARAMETER}, an
 * {@code agentproxy-scenario/1} document): how other views (Fleet Status) show the paths of an agent's facts
 * without depending on this bundle.
 */
public final class ShowScenarioHandler extends AbstractHandler {

    public static final String PARAMETER = "org.agentproxy.simulation.ui.scenario"; //$NON-NLS-1$

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String json = event.getParameter(PARAMETER);
        if (json == null) {
            throw new ExecutionException(PARAMETER + ": a scenario is required"); //$NON-NLS-1$
        }
        try {
            ConnectionPathsView view = (ConnectionPathsView) HandlerUtil.getActiveWorkbenchWindowChecked(event)
                    .getActivePage().showView(ConnectionPathsView.ID);
            view.show(ScenarioCodec.read(json));
        } catch (ScenarioFormatException | PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
