package org.agentproxy.deployment.ui.internal.groups;

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
                    "Add a policy server first (Deployment → Servers…).");
            return;
        }
        CreateGroupDialog dialog = new CreateGroupDialog(shell, servers, initial);
        if (dialog.open() != Window.OK) {
            return;
        }
        PolicyServerEntry server = dialog.server();
        String name = dialog.groupName();
        run(shell, CreateGroupDialog.TITLE, "Creating group " + name + " on " + server.url(), server,
                (groups, admin, monitor) -> groups.create(server.url(), admin, name, monitor),
                issued -> showToken(shell, issued, server, "Group \"" + name + "\" was created on " + server.name()
                        + "."));
    }

    /** Issue Agent Token…: confirms that the current token stops working, then shows the new one. */
    public static void issueAgentToken(Shell parent, GroupNode group) {
        Shell shell = usable(parent);
        if (!MessageDialog.openConfirm(shell, "Issue Agent Token", "Issue a new agent token for group \""
                + group.name() + "\" on " + group.server().name() + "? Its current token stops working at once: "
                + "agents that still present it are refused (HTTP 403) until they get the new one.")) {
            return;
        }
        run(shell, "Issue Agent Token", "Issuing an agent token for " + group.name(), group.server(),
                (groups, admin, monitor) -> groups.issueAgentToken(group.server().url(), admin, group.name(), monitor),
                issued -> showToken(shell, issued, group.server(), "A new agent token was issued; the old one no "
                        + "longer works."));
    }

    /** Delete Group…: says what deleting does (more when the group holds a policy), then deletes at that version. */
    public static void deleteGroup(Shell parent, GroupNode group) {
        Shell shell = usable(parent);
        long version = group.group().currentVersion();
        String text = "Delete group \"" + group.name() + "\" on " + group.server().name() + " ("
                + group.server().url() + ")?\n\n" + (version == 0 ? "It holds no policy yet."
                        : "It holds version " + version + ". Its agents will get \"unknown group\" (HTTP 404) when "
                                + "they poll and keep applying the policy they have now; to manage them again, give "
                                + "them another group's token.")
                + "\n\nIts agent token stops working. The server keeps the group's versions and audit log (in "
                + "deleted-groups/ of its data directory); the name can be used again for a new group.";
        MessageDialog confirm = new MessageDialog(shell, "Delete Agent Group", null, text, MessageDialog.WARNING, 1,
                "Delete", "Cancel");
        if (confirm.open() != 0) {
            return;
        }
        run(shell, "Delete Agent Group", "Deleting group " + group.name(), group.server(),
                (groups, admin, monitor) -> groups.delete(group.server().url(), admin, group.name(), version,
                        version > 0, monitor),
                deleted -> { });
    }

    /** The shell to open dialogs on: the one given while it is open, else the active one. */
    private static Shell usable(Shell shell) {
        return shell != null && !shell.isDisposed() ? shell : Display.getCurrent().getActiveShell();
    }

    private static void showToken(Shell shell, IssuedToken issued, PolicyServerEntry server, String what) {
        new AgentTokenDialog(usable(shell), issued, server.name() + " (" + server.url() + ")", what).open();
    }

    private static <T> void run(Shell shell, String title, String jobName, PolicyServerEntry server, Call<T> call,
            Done<T> done) {
        AccessToken admin;
        try {
            admin = DeploymentUi.get().servers().token(server.id()).orElse(null);
        } catch (Exception e) {
            MessageDialog.openError(shell, title, "The admin token of " + server.name() + " cannot be read from "
                    + "secure storage: " + e.getMessage());
            return;
        }
        if (admin == null) {
            MessageDialog.openError(shell, title, "No admin token is stored for " + server.name()
                    + ": set it under Deployment → Servers….");
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
                        ? e.getMessage() + "\n\nSomeone changed the group since it was read: refresh and decide again."
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
