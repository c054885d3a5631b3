package org.agentproxy.deployment.ui.internal.servers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.HandlerUtil;

/** Deployment → Servers…: the preferences on the Policy Servers page. */
public final class OpenServersHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        PreferencesUtil.createPreferenceDialogOn(HandlerUtil.getActiveShell(event), ServersPreferencePage.ID,
                null, null).open();
        return null;
    }
}
