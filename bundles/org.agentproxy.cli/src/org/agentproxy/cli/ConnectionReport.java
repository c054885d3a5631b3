package org.agentproxy.cli;

import java.io.PrintStream;

import org.agentproxy.connection.ConnectionTestRequest;
import org.agentproxy.connection.ConnectionTestResult;
import org.agentproxy.connection.PhaseTiming;
import org.agentproxy.connection.SectionEndpoint;

/** The text {@code test-connection} prints: what is tested, each phase's time, the result. No password. */
final class ConnectionReport {

    private ConnectionReport() {
    }

    static void header(SectionEndpoint e, ConnectionTestRequest request, String passwordFrom, PrintStream out) {
        out.println("section " + e.section().id() + ": proxy " + e.proxy() + " \u2192 target "
                + request.targetAuthority() + " (" + e.targetSource() + ")");
        if (!e.enabled()) {
            out.println("note: this proxy is disabled in the policy (" + e.section().fieldPath()
                    + ".enabled is false); testing it anyway");
        }
        if (e.user() == null) {
            out.println("credentials: none");
        } else if (passwordFrom == null) {
            out.println("credentials: none sent (user " + e.user()
                    + " has no password given: use --password-file or --password-env)");
        } else {
            out.println("credentials: user " + e.user() + ", password from " + passwordFrom);
        }
    }

    static void result(ConnectionTestResult r, PrintStream out) {
        for (PhaseTiming t : r.timings()) {
            out.println("  " + t);
        }
        out.println("result: " + r.outcome().describe() + " in " + r.total().toMillis() + " ms");
    }
}
