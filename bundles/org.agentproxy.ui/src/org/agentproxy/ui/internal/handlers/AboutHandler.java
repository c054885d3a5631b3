package org.agentproxy.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.ui.internal.StudioPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help → About: product name, version, policy format, Java and platform. */
public final class AboutHandler extends AbstractHandler {

    public static final String TITLE = Messages.AboutHandler_aboutAgentProxyStudio;

    @Override
    public Object execute(ExecutionEvent event) {
        MessageDialog.openInformation(HandlerUtil.getActiveShell(event), TITLE, text());
        return null;
    }

    static String text() {
        return NLS.bind(Messages.AboutHandler_agentProxyStudioVersion0, new Object[] { StudioPlugin.getDefault().version(), PolicyCodec.FORMAT, System.getProperty("java.version"), System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch") }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
