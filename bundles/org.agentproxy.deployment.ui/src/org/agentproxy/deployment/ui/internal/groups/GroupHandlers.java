package org.agentproxy.deployment.ui.internal.groups;

import org.agentproxy.deployment.ui.internal.servers.PolicyServerEntry;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** The handlers of the Policy Servers view's commands; each works on the view's selection. */
public final class GroupHandlers {

    public static final String CREATE = "org.agentproxy.deployment.ui.createGroup"; //$NON-NLS-1$
    public static final String ISSUE_TOKEN = "org.agentproxy.deployment.ui.issueAgentToken"; //$NON-NLS-1$
    public static final String DELETE = "org.agentproxy.deployment.ui.deleteGroup"; //$NON-NLS-1$
    public static final String REFRESH = "org.agentproxy.deployment.ui.refreshServers"; //$NON-NLS-1$

    private GroupHandlers() {
    }

    private static Object selected(ExecutionEvent event) {
        return HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s ? s.getFirstElement() : null;
    }

    private static GroupNode group(ExecutionEvent event, String title) {
        if (selected(event) instanceof GroupNode g) {
            return g;
        }
        MessageDialog.openInformation(HandlerUtil.getActiveShell(event), title,
                Messages.GroupHandlers_selectAnAgentGroupIn);
        return null;
    }

    /** Create Group…: on the selected server (or the selected group's), else the first. */
    public static final class Create extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            Object s = selected(event);
            PolicyServerEntry server = s instanceof PolicyServerEntry e ? e : s instanceof GroupNode g ? g.server()
                    : s instanceof ServerGroups.Note n ? n.server() : null;
            GroupActions.createGroup(HandlerUtil.getActiveShell(event), server);
            return null;
        }
    }

    /** Issue Agent Token…: for the selected group. */
    public static final class IssueToken extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            GroupNode group = group(event, Messages.GroupHandlers_issueAgentToken);
            if (group != null) {
                GroupActions.issueAgentToken(HandlerUtil.getActiveShell(event), group);
            }
            return null;
        }
    }

    /** Delete Group…: the selected group. */
    public static final class Delete extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            GroupNode group = group(event, Messages.GroupHandlers_deleteAgentGroup);
            if (group != null) {
                GroupActions.deleteGroup(HandlerUtil.getActiveShell(event), group);
            }
            return null;
        }
    }

    /** Refresh: reads every server's groups again. */
    public static final class Refresh extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            IWorkbenchPart part = HandlerUtil.getActivePart(event);
            if (!(part instanceof PolicyServersView) && HandlerUtil.getActiveWorkbenchWindow(event) != null) {
                part = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().findView(PolicyServersView.ID);
            }
            if (part instanceof PolicyServersView view) {
                view.refresh();
            }
            return null;
        }
    }
}
