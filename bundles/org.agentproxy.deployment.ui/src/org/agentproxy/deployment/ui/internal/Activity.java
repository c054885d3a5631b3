package org.agentproxy.deployment.ui.internal;

import org.eclipse.osgi.util.NLS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.agentproxy.deployment.DeploymentResult;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The deployments and rollbacks this studio runs: each in a Job with progress (never on the UI thread). Listeners
 * hear of starts, progress and ends on the Job's thread. Thread-safe.
 */
public final class Activity {

    /** A deployment or rollback that is running, or ended in this session. */
    public static final class Run {
        private final String label;
        private final String rollbackOf;
        private final Instant started = Instant.now();
        private volatile String progress = Messages.Activity_starting;
        private volatile DeploymentResult result;
        private volatile String failure;

        Run(String label, String rollbackOf) {
            this.label = label;
            this.rollbackOf = rollbackOf;
        }

        /** For a rollback of a whole deployment, that deployment's id; else {@code null}. */
        public String rollbackOf() {
            return rollbackOf;
        }

        public String label() {
            return label;
        }

        public Instant started() {
            return started;
        }

        /** What it does now, e.g. {@code 40% deploying hq@http://…}. */
        public String progress() {
            return progress;
        }

        /** How it ended, or {@code null} while it runs (or when it failed before a result). */
        public DeploymentResult result() {
            return result;
        }

        /** Why it ended without a result, or {@code null}. */
        public String failure() {
            return failure;
        }

        public boolean isRunning() {
            return result == null && failure == null;
        }
    }

    private final List<Run> runs = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /**
     * Runs work in a user Job.
     *
     * @param label what it is, e.g. {@code Deploy "HQ" to 2 targets}
     * @param work  the deployment or rollback, reporting to the monitor
     * @return the Job, scheduled
     */
    public Job start(String label, Function<IProgressMonitor, DeploymentResult> work) {
        return start(label, null, work);
    }

    /**
     * Runs a rollback of a whole deployment in a user Job: while it runs, the deployment is not offered for another.
     *
     * @param rollbackOf the id of the deployment rolled back, or {@code null} for other work
     */
    public Job start(String label, String rollbackOf, Function<IProgressMonitor, DeploymentResult> work) {
        Run run = new Run(label, rollbackOf);
        runs.add(run);
        fire();
        Job job = Job.create(label, (IProgressMonitor monitor) -> {
            try {
                run.result = work.apply(new Tracking(monitor, run));
            } catch (RuntimeException e) {
                run.failure = String.valueOf(e.getMessage());
            } finally {
                run.progress = Messages.Activity_done;
                fire();
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** The runs of this session, newest first. */
    public List<Run> runs() {
        List<Run> list = new ArrayList<>(runs);
        return list.reversed();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }

    /** Follows the monitor into the run's progress text. */
    private final class Tracking extends ProgressMonitorWrapper {
        private final Run run;
        private double total = 1;
        private double done;
        private String task = ""; //$NON-NLS-1$

        Tracking(IProgressMonitor monitor, Run run) {
            super(monitor);
            this.run = run;
        }

        @Override
        public void beginTask(String name, int totalWork) {
            super.beginTask(name, totalWork);
            total = totalWork > 0 ? totalWork : 1;
            task = name == null ? "" : name; //$NON-NLS-1$
            update();
        }

        @Override
        public void subTask(String name) {
            super.subTask(name);
            task = name == null ? task : name;
            update();
        }

        @Override
        public void internalWorked(double work) {
            super.internalWorked(work);
            done += work;
            update();
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        private void update() {
            run.progress = NLS.bind(Messages.Activity_percent, Math.min(100, Math.round(100 * done / total)), task);
            fire();
        }
    }
}
