package org.agentproxy.connection;

import org.agentproxy.connection.internal.TestRun;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Runs connection tests: connects to the proxy, asks it for a tunnel to the target (HTTP {@code CONNECT} with
 * Basic authentication when credentials are given, or SOCKS4/4a) and reports what happened, phase by phase.
 * Blocking: call it from a job. Cancelling the monitor closes the connection, so the test ends at once with
 * {@link Outcome.Cancelled}. Nothing is logged; the password is sent to the proxy only.
 *
 * <pre>
 * Job.create("Test connection", monitor -&gt; {
 *     try (request) {   // close() wipes the request's copy of the password
 *         ConnectionTestResult r = new ConnectionTester().run(request, monitor);
 *         display.asyncExec(() -&gt; show(r.summary(), r.outcome()));
 *     }
 *     return Status.OK_STATUS;
 * }).schedule();
 * </pre>
 */
public final class ConnectionTester {

    /**
     * Runs one test. Never throws for a network failure: every failure is an {@link Outcome}.
     *
     * @param monitor progress and cancellation, or {@code null}
     */
    public ConnectionTestResult run(ConnectionTestRequest request, IProgressMonitor monitor) {
        return new TestRun(request).run(monitor);
    }
}
