package org.agentproxy.simulation.ui.internal;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Recomputes a view off the UI thread (a {@link Job}): every request cancels the pending one and schedules a new one
 * after a delay, so that a burst of keystrokes costs one computation after the last; the result is applied on the UI
 * thread only if no newer request came meanwhile. A busy hint shows while a result is awaited; the number of times it
 * was shown is the widget data {@code busy.shown} of the hint (tests wait on it).
 */
final class Recompute {

    /** How long after the last edit a view recomputes. */
    static final long DELAY_MS = 250;
    static final String BUSY_TEXT = Messages.Recompute_computing;

    private final String name;
    private final Label busy;
    private Job job;
    private long generation;
    private int shown;

    /**
     * @param name the job's name (what the progress view would show)
     * @param busy the hint: its text is {@value #BUSY_TEXT} while a result is awaited
     */
    Recompute(String name, Label busy) {
        this.name = name;
        this.busy = busy;
    }

    /**
     * Schedules {@code work} after {@code delay} ms (UI thread only; {@code work} must not touch widgets: gather its
     * inputs before). {@code apply} gets the result on the UI thread, {@code failed} the exception.
     */
    <R> void request(long delay, Callable<R> work, Consumer<R> apply, Consumer<Exception> failed) {
        long mine = ++generation;
        if (job != null) {
            job.cancel();
        }
        setBusy(true);
        Control owner = busy;
        job = Job.create(name, monitor -> {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            R result = null;
            Exception error = null;
            try {
                result = work.call();
            } catch (Exception e) {
                error = e;
            }
            R value = result;
            Exception problem = error;
            if (!monitor.isCanceled() && !owner.isDisposed()) {
                owner.getDisplay().asyncExec(() -> {
                    if (owner.isDisposed() || mine != generation) {
                        return;   // a newer request is pending: its result will come
                    }
                    setBusy(false);
                    if (problem != null) {
                        failed.accept(problem);
                    } else {
                        apply.accept(value);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule(delay);
    }

    /** Forgets the pending request (e.g. nothing to compute any more). */
    void cancel() {
        generation++;
        if (job != null) {
            job.cancel();
        }
        setBusy(false);
    }

    private void setBusy(boolean value) {
        if (busy.isDisposed()) {
            return;
        }
        if (value && busy.getText().isEmpty()) {
            busy.setData("busy.shown", ++shown); //$NON-NLS-1$
        }
        busy.setText(value ? BUSY_TEXT : ""); //$NON-NLS-1$
    }
}
