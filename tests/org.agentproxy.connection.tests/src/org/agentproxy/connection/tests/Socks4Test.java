package org.agentproxy.connection.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.agentproxy.connection.ConnectionTestRequest;
import org.agentproxy.connection.ConnectionTestResult;
import org.agentproxy.connection.ConnectionTester;
import org.agentproxy.connection.Outcome;
import org.agentproxy.connection.ProxyAddress;
import org.agentproxy.connection.ProxyCredentials;
import org.agentproxy.policy.HostPort;
import org.agentproxy.policy.ProxyProtocol;
import org.agentproxy.testing.proxy.ScriptedSocks4Proxy;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** SOCKS4 and SOCKS4a requests as a scripted SOCKS4 server receives them, and its reply codes. */
class Socks4Test {

    private final ConnectionTester tester = new ConnectionTester();

    private static ConnectionTestRequest socks(int port, String targetHost, String user) {
        return new ConnectionTestRequest(new ProxyAddress(ProxyProtocol.SOCKS4, "127.0.0.1", port),
                user == null ? null : new ProxyCredentials(user, null), new HostPort(targetHost, 443),
                Requests.GENEROUS);
    }

    @Test
    void anIpv4TargetIsASocks4Request() throws Exception {
        try (ScriptedSocks4Proxy proxy = new ScriptedSocks4Proxy(90)) {
            ConnectionTestResult r = tester.run(socks(proxy.port(), "10.1.2.3", "osce"), new NullProgressMonitor());

            assertEquals(new Outcome.TunnelEstablished("SOCKS4 request granted"), r.outcome());
            ScriptedSocks4Proxy.Request q = proxy.request();
            assertEquals(4, q.version());
            assertEquals(1, q.command());
            assertEquals(443, q.port());
            assertArrayEquals(new byte[] { 10, 1, 2, 3 }, q.address());
            assertEquals("osce", q.userId());
            assertNull(q.host());
        }
    }

    @Test
    void aTargetNameIsASocks4aRequestResolvedByTheProxy() throws Exception {
        try (ScriptedSocks4Proxy proxy = new ScriptedSocks4Proxy(90)) {
            ConnectionTestResult r = tester.run(socks(proxy.port(), "osce14-p.activeupdate.example", null),
                    new NullProgressMonitor());

            assertEquals(new Outcome.TunnelEstablished("SOCKS4a request granted"), r.outcome());
            ScriptedSocks4Proxy.Request q = proxy.request();
            assertArrayEquals(new byte[] { 0, 0, 0, 1 }, q.address());
            assertEquals("", q.userId());
            assertEquals("osce14-p.activeupdate.example", q.host());
        }
    }

    @Test
    void aRejectionReportsItsCode() throws Exception {
        try (ScriptedSocks4Proxy proxy = new ScriptedSocks4Proxy(91)) {
            ConnectionTestResult r = tester.run(socks(proxy.port(), "10.1.2.3", null), new NullProgressMonitor());

            Outcome.SocksRejected rejected = assertInstanceOf(Outcome.SocksRejected.class, r.outcome(), r::summary);
            assertEquals(91, rejected.code());
            assertTrue(rejected.describe().contains("rejected or failed"), rejected.describe());
        }
    }

    @Test
    void socks4CannotReachAnIpv6Target() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> socks(1080, "2001:db8::1", null));
        assertTrue(e.getMessage().startsWith("target host: SOCKS4 cannot reach"), e.getMessage());
    }
}
