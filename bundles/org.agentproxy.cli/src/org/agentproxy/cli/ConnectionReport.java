package org.agentproxy.cli;

import org.eclipse.osgi.util.NLS;

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
        out.println(NLS.bind(Messages.ConnectionReport_section0Proxy1Target, new Object[] { e.section().id(), e.proxy(), request.targetAuthority(), e.targetSource() }));
        if (!e.enabled()) {
            out.println(NLS.bind(Messages.ConnectionReport_noteThisProxyIsDisabled, e.section().fieldPath()));
        }
        if (e.user() == null) {
            out.println(Messages.ConnectionReport_credentialsNone);
        } else if (passwordFrom == null) {
            out.println(NLS.bind(Messages.ConnectionReport_credentialsNoneSentUser0, e.user()));
        } else {
            out.println(NLS.bind(Messages.ConnectionReport_credentialsUser0PasswordFrom, e.user(), passwordFrom));
        }
    }

    static void result(ConnectionTestResult r, PrintStream out) {
        for (PhaseTiming t : r.timings()) {
            out.println("  " + t); //$NON-NLS-1$
        }
        out.println(NLS.bind(Messages.ConnectionReport_result0In1Ms, r.outcome().describe(), r.total().toMillis()));
    }
}
