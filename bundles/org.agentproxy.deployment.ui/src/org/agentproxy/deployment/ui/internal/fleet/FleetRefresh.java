package org.agentproxy.deployment.ui.internal.fleet;

import java.util.function.Consumer;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.fleet.FleetStatus;
import org.agentproxy.deployment.fleet.FleetStatusClient;
import org.agentproxy.deployment.ui.internal.DeploymentUi;
import org.agentproxy.deployment.ui.internal.servers.PolicyServerEntry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

/**
 * Reads a group's fleet status in a Job (never on the UI thread), cancellable; hands the result to the UI thread.
 * A refresh started while one runs cancels the older one, whose result is then dropped.
 */
final class FleetRefresh {

    private final Display display;
    private final FleetStatusClient client;
    private Job running;

    FleetRefresh(Display display, FleetStatusClient client) {
        this.display = display;
        this.client = client;
    }

    /**
     * @param done     the status, on the UI thread
     * @param failed   a message, on the UI thread ({@code null} message: cancelled)
     */
    void start(PolicyServerEntry server, String group, String state, Consumer<FleetStatus> done,
            Consumer<String> failed) {
        cancel();
        Job job = Job.create(NLS.bind(Messages.FleetStatus_jobName, group), monitor -> {
            try {
                AccessToken token = DeploymentUi.get().servers().token(server.id()).orElse(null);
                FleetStatus status = client.all(server.url(), token, group, state, monitor);
                deliver(() -> done.accept(status));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                deliver(() -> failed.accept(null));
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                deliver(() -> failed.accept(e.getMessage()));
                return Status.OK_STATUS; // shown in the view; not an error dialog
            }
        });
        job.setUser(false);
        running = job;
        job.schedule();
    }

    void cancel() {
        Job job = running;
        if (job != null) {
            job.cancel();
        }
    }

    boolean isRunning() {
        Job job = running;
        return job != null && job.getState() != Job.NONE;
    }

    private void deliver(Runnable action) {
        if (!display.isDisposed()) {
            display.asyncExec(action);
        }
    }

    static IStatus ok() {
        return Status.OK_STATUS;
    }
}
