package org.agentproxy.connection.internal;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.agentproxy.connection.ConnectionTestRequest;
import org.agentproxy.connection.ConnectionTestResult;
import org.agentproxy.connection.Outcome;
import org.agentproxy.connection.Phase;
import org.agentproxy.connection.PhaseTiming;
import org.agentproxy.connection.ProxyAddress;
import org.agentproxy.policy.ProxyProtocol;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/** One connection test: the phases in order, each timed, the first failure ending it. */
public final class TestRun {

    private final ConnectionTestRequest request;
    private final List<PhaseTiming> timings = new ArrayList<>();
    private Phase phase;
    private long phaseStart;
    private Socket socket;
    private SubMonitor progress;

    public TestRun(ConnectionTestRequest request) {
        this.request = request;
    }

    public ConnectionTestResult run(IProgressMonitor monitor) {
        ProxyAddress proxy = request.proxy();
        progress = SubMonitor.convert(monitor, Messages.bind(Messages.TestRun_testing, proxy.authority(),
                request.targetAuthority()), Phase.values().length);
        Outcome outcome;
        try (CancelWatch watch = new CancelWatch(progress)) {
            outcome = phases(watch);
        } finally {
            closeQuietly();
        }
        return new ConnectionTestResult(proxy, request.targetAuthority(), outcome, timings);
    }

    private Outcome phases(CancelWatch watch) {
        ProxyAddress proxy = request.proxy();
        start(Phase.RESOLVE_PROXY, Messages.bind(Messages.TestRun_resolving, proxy.host()));
        if (watch.cancelled()) {
            return end(new Outcome.Cancelled(phase));
        }
        Resolver.Result dns = Resolver.resolve(proxy.host(), request.timeouts().connect(), watch);
        switch (dns.failure()) {
            case UNKNOWN_HOST -> {
                return end(new Outcome.DnsFailure(proxy.host(), false));
            }
            case TIMED_OUT -> {
                return end(new Outcome.TimedOut(phase, request.timeouts().connect()));
            }
            case CANCELLED -> {
                return end(new Outcome.Cancelled(phase));
            }
            case NONE -> end(null);
        }
        start(Phase.CONNECT_PROXY, Messages.bind(Messages.TestRun_connecting, proxy.authority()));
        Outcome failed = null;
        for (InetAddress address : dns.addresses()) {   // each address in turn, as agents do
            failed = connect(address, watch);
            if (failed == null || failed instanceof Outcome.Cancelled) {
                break;
            }
        }
        if (failed != null) {
            return end(failed);
        }
        end(null);
        start(Phase.TUNNEL, Messages.bind(Messages.TestRun_askingForTunnel, request.targetAuthority()));
        return end(tunnel(watch));
    }

    /** Connects a new socket to one address of the proxy; {@code null} when connected. */
    private Outcome connect(InetAddress address, CancelWatch watch) {
        closeQuietly();
        socket = new Socket();
        watch.guard(socket);
        int limit = (int) Math.min(Integer.MAX_VALUE, request.timeouts().connect().toMillis());
        try {
            socket.connect(new InetSocketAddress(address, request.proxy().port()), limit);
            return null;
        } catch (IOException e) {
            if (watch.cancelled()) {
                return new Outcome.Cancelled(phase);
            }
            String authority = request.proxy().authority() + (request.proxy().host().equals(
                    address.getHostAddress()) ? "" : " (" + address.getHostAddress() + ")");
            if (e instanceof SocketTimeoutException) {
                return new Outcome.TimedOut(phase, request.timeouts().connect());
            }
            if (e instanceof ConnectException && String.valueOf(e.getMessage()).contains("refused")) {
                return new Outcome.Refused(authority);
            }
            return new Outcome.Unreachable(authority, String.valueOf(e.getMessage()));
        }
    }

    private Outcome tunnel(CancelWatch watch) {
        try {
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, request.timeouts().response().toMillis()));
            Outcome o = request.proxy().protocol() == ProxyProtocol.SOCKS4 ? Socks4Connect.handshake(socket, request)
                    : HttpConnect.handshake(socket, request);
            return o instanceof Outcome.HttpRefused refused ? TargetHint.add(refused, request, watch) : o;
        } catch (IOException e) {
            if (watch.cancelled()) {
                return new Outcome.Cancelled(phase);
            }
            if (e instanceof SocketTimeoutException) {
                return new Outcome.TimedOut(phase, request.timeouts().response());
            }
            if (e instanceof EOFException || e instanceof ProtocolException) {
                return new Outcome.ProtocolError(e.getMessage());
            }
            return new Outcome.ProtocolError(Messages.bind(Messages.TestRun_connectionFailed, e.getMessage()));
        }
    }

    private void closeQuietly() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing was sent that needs an orderly close
            }
        }
    }

    private void start(Phase next, String task) {
        phase = next;
        phaseStart = System.nanoTime();
        progress.subTask(task);
    }

    /** Ends the current phase (recording its time) with an outcome, or {@code null} to go on. */
    private Outcome end(Outcome outcome) {
        timings.add(new PhaseTiming(phase, Duration.ofNanos(System.nanoTime() - phaseStart)));
        progress.worked(1);
        return outcome;
    }
}
