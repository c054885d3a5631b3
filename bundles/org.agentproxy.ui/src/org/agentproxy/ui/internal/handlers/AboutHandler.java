package org.agentproxy.ui.internal.handlers;

import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.ui.internal.StudioPlugin;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help → About: product name, version, policy format, Java and platform. */
public final class AboutHandler extends AbstractHandler {

    public static final String TITLE = "About Agent Proxy Studio";

    @Override
    public Object execute(ExecutionEvent event) {
        MessageDialog.openInformation(HandlerUtil.getActiveShell(event), TITLE, text());
        return null;
    }

    static String text() {
        return "Agent Proxy Studio\nVersion " + StudioPlugin.getDefault().version()
                + "\n\nProxy policies for OfficeScan / Apex One style agents: edit, explain, distribute."
                + "\n\nPolicy format: " + PolicyCodec.FORMAT
                + "\nJava: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
                + "\nPlatform: " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
