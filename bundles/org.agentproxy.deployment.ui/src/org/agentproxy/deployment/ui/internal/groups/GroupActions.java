package org.agentproxy.deployment.ui.internal.groups;

import org.eclipse.osgi.util.NLS;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.GroupAdministration;
import org.agentproxy.deployment.GroupAdministration.IssuedToken;
import org.agentproxy.deployment.TransportException;
import org.agentproxy.deployment.ui.internal.DeploymentUi;
import org.agentproxy.deployment.ui.internal.servers.PolicyServerEntry;
import org.agentproxy.deployment.ui.internal.servers.ServerProbe;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Create Group…, Issue Agent Token…, Delete Group…: each asks on the UI thread, calls the deployment core's
 * {@link GroupAdministration} in a user Job, and shows the outcome (a new token once, in {@link AgentTokenDialog}).
 * Listeners hear of every change (the Policy Servers view, the Deploy wizard's targets) on the UI thread.
 */
public final class GroupActions {

    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    private GroupActions() {
    }

    public static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    /** A server call in a Job; its result on the UI thread. */
    private interface Call<T> {
        T run(GroupAdministration groups, AccessToken admin, IProgressMonitor monitor) throws TransportException;
    }

    private interface Done<T> {
        void accept(T result);
    }

    /** Create Group…: the server ({@code initial} preselected) and a name; then the new group's token. */
    public static void createGroup(Shell parent, PolicyServerEntry initial) {
        Shell shell = usable(parent);
        List<PolicyServerEntry> servers = DeploymentUi.get().servers().servers();
        if (servers.isEmpty()) {
            MessageDialog.openInformation(shell, CreateGroupDialog.TITLE,
                    Messages.GroupActions_addAPolicyServerFirst);
            return;
        }
        CreateGroupDialog dialog = new CreateGroupDialog(shell, servers, initial);
        if (dialog.open() != Window.OK) {
            return;
        }
        PolicyServerEntry server = dialog.server();
        String name = dialog.groupName();
        run(shell, CreateGroupDialog.TITLE, NLS.bind(Messages.GroupActions_creatingGroup0On1, name, server.url()), server,
                (groups, admin, monitor) -> groups.create(server.url(), admin, name, monitor),
                issued -> showToken(shell, issued, server, NLS.bind(Messages.GroupActions_group0WasCreatedOn, name, server.name())));
    }

    /** Issue Agent Token…: confirms that the current token stops working, then shows the new one. */
    public static void issueAgentToken(Shell parent, GroupNode group) {
        Shell shell = usable(parent);
        if (!MessageDialog.openConfirm(shell, Messages.GroupActions_issueAgentToken, NLS.bind(Messages.GroupActions_issueANewAgentToken, group.name(), group.server().name()))) {
            return;
        }
        run(shell, Messages.GroupActions_issueAgentToken, NLS.bind(Messages.GroupActions_issuingAnAgentTokenFor, group.name()), group.server(),
                (groups, admin, monitor) -> groups.issueAgentToken(group.server().url(), admin, group.name(), monitor),
                issued -> showToken(shell, issued, group.server(), Messages.GroupActions_aNewAgentTokenWas));
    }

    /** Delete Group…: says what deleting does (more when the group holds a policy), then deletes at that version. */
    public static void deleteGroup(Shell parent, GroupNode group) {
        Shell shell = usable(parent);
        long version = group.group().currentVersion();
        String text = NLS.bind(Messages.GroupActions_deleteGroup0On1, new Object[] { group.name(), group.server().name(), group.server().url(), (version == 0 ? Messages.GroupActions_itHoldsNoPolicyYet
                        : NLS.bind(Messages.GroupActions_itHoldsVersion0Its, version)) });
        MessageDialog confirm = new MessageDialog(shell, Messages.GroupActions_deleteAgentGroup, null, text, MessageDialog.WARNING, 1,
                Messages.GroupActions_delete, Messages.GroupActions_cancel);
        if (confirm.open() != 0) {
            return;
        }
        run(shell, Messages.GroupActions_deleteAgentGroup, NLS.bind(Messages.GroupActions_deletingGroup0, group.name()), group.server(),
                (groups, admin, monitor) -> groups.delete(group.server().url(), admin, group.name(), version,
                        version > 0, monitor),
                deleted -> { });
    }

    /** The shell to open dialogs on: the one given while it is open, else the active one. */
    private static Shell usable(Shell shell) {
        return shell != null && !shell.isDisposed() ? shell : Display.getCurrent().getActiveShell();
    }

    private static void showToken(Shell shell, IssuedToken issued, PolicyServerEntry server, String what) {
        new AgentTokenDialog(usable(shell), issued, server.name() + " (" + server.url() + ")", what).open(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static <T> void run(Shell shell, String title, String jobName, PolicyServerEntry server, Call<T> call,
            Done<T> done) {
        AccessToken admin;
        try {
            admin = DeploymentUi.get().servers().token(server.id()).orElse(null);
        } catch (Exception e) {
            MessageDialog.openError(shell, title, NLS.bind(Messages.GroupActions_theAdminTokenOf0, server.name(), e.getMessage()));
            return;
        }
        if (admin == null) {
            MessageDialog.openError(shell, title, NLS.bind(Messages.GroupActions_noAdminTokenIsStored, server.name()));
            return;
        }
        GroupAdministration groups = DeploymentUi.get().groupAdministration();
        Display display = shell.getDisplay();
        Job job = Job.create(jobName, monitor -> {
            try {
                T result = call.run(groups, admin, monitor);
                display.asyncExec(() -> {
                    fire();
                    done.accept(result);
                });
            } catch (TransportException e) {
                String message = e.kind() == TransportException.Kind.CONFLICT
                        ? NLS.bind(Messages.GroupActions_0SomeoneChangedTheGroup, e.getMessage())
                        : ServerProbe.describe(server.url(), e);
                display.asyncExec(() -> {
                    fire();
                    MessageDialog.openError(usable(shell), title, message);
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    /** Tells the listeners that servers or groups changed (on the UI thread). */
    public static void fire() {
        LISTENERS.forEach(Runnable::run);
    }
}
