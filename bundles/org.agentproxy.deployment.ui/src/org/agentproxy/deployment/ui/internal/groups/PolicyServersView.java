package org.agentproxy.deployment.ui.internal.groups;

import java.util.List;

import org.agentproxy.deployment.ui.internal.Buttons;
import org.agentproxy.deployment.ui.internal.DeploymentUi;
import org.agentproxy.deployment.ui.internal.servers.PolicyServerEntry;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

/**
 * Policy Servers: each configured server with its agent groups (and the version current in each), read in Jobs.
 * Create Group…, Issue Agent Token…, Delete Group… and Refresh are commands (buttons, context menu); servers are
 * added under Deployment → Servers….
 */
public final class PolicyServersView extends ViewPart {

    public static final String ID = "org.agentproxy.deployment.ui.policyServers"; //$NON-NLS-1$

    private TreeViewer tree;
    private final ServerGroups groups = new ServerGroups(this::refreshLater);
    private final Runnable listener = this::refresh;

    @Override
    public void createPartControl(Composite parent) {
        // a row of commands above the tree and a link below: nothing is cut off in a low view stack (1024x700)
        parent.setLayout(new GridLayout(1, false));
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        command(buttons, Messages.PolicyServersView_createGroup, GroupHandlers.CREATE);
        command(buttons, Messages.PolicyServersView_issueAgentToken, GroupHandlers.ISSUE_TOKEN);
        command(buttons, Messages.PolicyServersView_deleteGroup, GroupHandlers.DELETE);
        command(buttons, Messages.PolicyServersView_refresh, GroupHandlers.REFRESH);
        tree = new TreeViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        tree.getTree().setData("org.agentproxy.bot.id", "policyServers.tree"); //$NON-NLS-1$ //$NON-NLS-2$
        tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.setContentProvider(new Content());
        tree.setLabelProvider(ColumnLabelProvider.createTextProvider(PolicyServersView::label));
        Link servers = new Link(parent, SWT.NONE);
        servers.setText(Messages.PolicyServersView_serversAndTheirAdminTokens);
        servers.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        servers.addListener(SWT.Selection, e -> execute("org.agentproxy.deployment.ui.servers")); //$NON-NLS-1$
        MenuManager menu = new MenuManager();
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        tree.getTree().setMenu(menu.createContextMenu(tree.getTree()));
        getSite().registerContextMenu(menu, tree);
        getSite().setSelectionProvider(tree);
        GroupActions.addListener(listener);
        refresh();
    }

    private void command(Composite parent, String text, String commandId) {
        Buttons.push(parent, text, commandId, () -> execute(commandId)).setLayoutData(null); // in a RowLayout
    }

    /** Runs a command with this view as the active part and its tree's selection as the current selection. */
    private void execute(String commandId) {
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        Command command = getSite().getService(ICommandService.class).getCommand(commandId);
        IEvaluationContext context = handlers.createContextSnapshot(false);
        context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, tree.getStructuredSelection());
        context.addVariable(ISources.ACTIVE_PART_NAME, this);
        context.addVariable(ISources.ACTIVE_PART_ID_NAME, ID);
        context.addVariable(ISources.ACTIVE_SHELL_NAME, getSite().getShell()); // not a dialog closed since
        try {
            handlers.executeCommandInContext(new ParameterizedCommand(command, null), null, context);
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            DeploymentUi.get().getLog().error("Policy Servers: " + commandId + " failed", cause); //$NON-NLS-1$ //$NON-NLS-2$
            MessageDialog.openError(getSite().getShell(), Messages.PolicyServersView_policyServers, commandId + ": " + cause); //$NON-NLS-1$
        }
    }

    /** Reads every server's groups again; the same servers keep their tree items and the selection. */
    public void refresh() {
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        groups.clear();
        Object servers = DeploymentUi.get().servers().servers();
        if (servers.equals(tree.getInput())) {
            tree.refresh(); // keeps the items, the selection and what is expanded
        } else {
            tree.setInput(servers);
        }
        tree.expandAll();
    }

    private void refreshLater() {
        if (tree != null && !tree.getControl().isDisposed()) {
            tree.getControl().getDisplay().asyncExec(() -> {
                if (!tree.getControl().isDisposed()) {
                    tree.refresh();
                    tree.expandAll();
                }
            });
        }
    }

    private static String label(Object element) {
        if (element instanceof PolicyServerEntry s) {
            return s.name() + " — " + s.url(); //$NON-NLS-1$
        }
        if (element instanceof GroupNode g) {
            return g.label();
        }
        return element instanceof ServerGroups.Note n ? n.text() : String.valueOf(element);
    }

    /** Servers → their groups. */
    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof PolicyServerEntry s ? groups.of(s).toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof GroupNode g ? g.server() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof PolicyServerEntry;
        }
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        GroupActions.removeListener(listener);
        super.dispose();
    }
}
