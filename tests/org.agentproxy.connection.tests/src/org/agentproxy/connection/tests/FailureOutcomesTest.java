package org.agentproxy.connection.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.agentproxy.connection.ConnectionTestRequest;
import org.agentproxy.connection.ConnectionTestResult;
import org.agentproxy.connection.ConnectionTester;
import org.agentproxy.connection.Outcome;
import org.agentproxy.connection.Phase;
import org.agentproxy.connection.ProxyAddress;
import org.agentproxy.connection.Timeouts;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.testing.proxy.LoopbackTarget;
import org.agentproxy.testing.proxy.Ports;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** Failures before or without a proxy's answer: refused, DNS, timeout, cancellation. */
class FailureOutcomesTest {

    private final ConnectionTester tester = new ConnectionTester();

    @Test
    void aClosedProxyPortIsRefused() throws Exception {
        int closed = Ports.closed();
        ConnectionTestResult r = tester.run(Requests.http(closed, "127.0.0.1", 443), new NullProgressMonitor());

        Outcome.Refused refused = assertInstanceOf(Outcome.Refused.class, r.outcome(), r::summary);
        assertEquals("127.0.0.1:" + closed, refused.authority());
        assertEquals(Phase.CONNECT_PROXY, r.timings().get(r.timings().size() - 1).phase());
    }

    @Test
    void anUnresolvableProxyNameIsADnsFailureNamingIt() {
        ConnectionTestRequest request = new ConnectionTestRequest(new ProxyAddress(ProxyProtocol.HTTP,
                "proxy.agentproxy.invalid", 8080), null, new HostPort("127.0.0.1", 443), Requests.GENEROUS);

        ConnectionTestResult r = tester.run(request, new NullProgressMonitor());

        Outcome.DnsFailure dns = assertInstanceOf(Outcome.DnsFailure.class, r.outcome(), r::summary);
        assertEquals("proxy.agentproxy.invalid", dns.host());
        assertTrue(dns.describe().contains("proxy.agentproxy.invalid"), dns.describe());
        assertEquals(1, r.timings().size());
    }

    @Test
    void aProxyThatNeverAnswersTimesOutInTheTunnelPhase() throws Exception {
        try (LoopbackTarget silentProxy = LoopbackTarget.silent()) {
            Timeouts shortAnswer = new Timeouts(Duration.ofSeconds(30), Duration.ofMillis(200));
            ConnectionTestRequest request = new ConnectionTestRequest(new ProxyAddress(ProxyProtocol.HTTP,
                    "127.0.0.1", silentProxy.port()), null, new HostPort("127.0.0.1", 443), shortAnswer);

            ConnectionTestResult r = tester.run(request, new NullProgressMonitor());

            Outcome.TimedOut timeout = assertInstanceOf(Outcome.TimedOut.class, r.outcome(), r::summary);
            assertEquals(Phase.TUNNEL, timeout.phase());
            assertEquals(Duration.ofMillis(200), timeout.limit());
        }
    }

    @Test
    void cancellingWhileTheProxyIsSilentEndsTheTestAtOnce() throws Exception {
        try (LoopbackTarget silentProxy = LoopbackTarget.silent()) {
            // cancelled as soon as the proxy has the connection; the 30 s limits are never reached
            NullProgressMonitor monitor = new NullProgressMonitor() {
                @Override
                public boolean isCanceled() {
                    return silentProxy.accepted().isDone();
                }
            };
            ConnectionTestRequest request = Requests.http(silentProxy.port(), "127.0.0.1", 443);

            ConnectionTestResult r = tester.run(request, monitor);

            Outcome.Cancelled cancelled = assertInstanceOf(Outcome.Cancelled.class, r.outcome(), r::summary);
            assertTrue(cancelled.phase() == Phase.CONNECT_PROXY || cancelled.phase() == Phase.TUNNEL,
                    cancelled.phase().toString());
        }
    }

    @Test
    void aTestCancelledBeforeItStartsDoesNothing() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);

        ConnectionTestResult r = tester.run(Requests.http(1, "127.0.0.1", 443), monitor);

        assertEquals(new Outcome.Cancelled(Phase.RESOLVE_PROXY), r.outcome());
    }
}
