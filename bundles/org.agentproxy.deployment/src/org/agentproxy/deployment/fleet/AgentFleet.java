package org.agentproxy.deployment.fleet;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.agentproxy.deployment.AccessToken;
import org.agentproxy.deployment.ServerTrust;
import org.agentproxy.deployment.UntrustedServerException;
import org.agentproxy.deployment.internal.tls.CertificateRefusal;
import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.simulation.status.AgentStatusCodec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * N simulated agents polling {@code GET /v1/agent/groups/GROUP/policy} every interval with {@code If-None-Match}
 * (their start times spread evenly over one interval), keeping the document and tag they got, as real agents do.
 * One shared HTTP client carries the polls (connections are reused; a real fleet has one per agent), at most
 * {@value #MAX_IN_FLIGHT} at once. Thread-safe.
 */
public final class AgentFleet implements AutoCloseable {

    /** At most this many polls wait for an answer at once; an agent whose turn comes beyond it polls later. */
    public static final int MAX_IN_FLIGHT = 512;
    private static final int IO_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<URI> endpoints;
    private final AccessToken token;
    private final Duration interval;
    private final List<SimulatedAgent> agents = new ArrayList<>();
    private final ExecutorService io = Executors.newFixedThreadPool(IO_THREADS, r -> {
        Thread t = new Thread(r, "agent-fleet-io");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).executor(io).sslContext(ServerTrust.shared().sslContext())
            .build();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "agent-fleet");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong deferred = new AtomicLong();
    private volatile String lastError;
    private final VersionWatch watch;
    private final List<URI> statusEndpoints;
    private final FleetReporting reporting;
    private final Map<Long, Policy> policies = new ConcurrentHashMap<>();
    private final AtomicLong reports = new AtomicLong();
    private final AtomicLong reportsStored = new AtomicLong();
    private final AtomicLong reportsRefused = new AtomicLong();
    private final AtomicLong reportErrors = new AtomicLong();

    /**
     * @param server   the policy server's base URI
     * @param token    the group's agent token
     * @param count    how many agents
     * @param interval how often each agent polls
     */
    public AgentFleet(URI server, String group, AccessToken token, int count, Duration interval) {
        this(List.of(server), group, token, count, interval, null);
    }

    /**
     * A fleet spread over several servers (replicas behind no load balancer, docs/scaling.md): agent {@code i}
     * polls (and reports to) server {@code i mod n}.
     *
     * @param servers the policy servers' base URIs (at least one)
     */
    public AgentFleet(List<URI> servers, String group, AccessToken token, int count, Duration interval) {
        this(servers, group, token, count, interval, null);
    }

    /**
     * A fleet whose agents also report their status ({@code POST …/status}) as {@code reporting} says, and name
     * themselves on their polls ({@code X-Agentproxy-Agent}).
     *
     * @param reporting how they report, or {@code null}: they poll only
     */
    public AgentFleet(URI server, String group, AccessToken token, int count, Duration interval,
            FleetReporting reporting) {
        this(List.of(server), group, token, count, interval, reporting);
    }

    /** Over several servers, reporting as {@code reporting} says ({@code null}: polls only). */
    public AgentFleet(List<URI> servers, String group, AccessToken token, int count, Duration interval,
            FleetReporting reporting) {
        if (count < 1 || interval.isNegative() || interval.isZero() || servers.isEmpty()) {
            throw new IllegalArgumentException("count must be >= 1, the interval positive and a server given");
        }
        List<String> groupPaths = servers.stream().map(server -> {
            String base = server.toString();
            return (base.endsWith("/") ? base : base + "/") + "v1/agent/groups/"
                    + URLEncoder.encode(group, StandardCharsets.UTF_8).replace("+", "%20");
        }).toList();
        this.endpoints = groupPaths.stream().map(p -> URI.create(p + "/policy")).toList();
        this.statusEndpoints = groupPaths.stream().map(p -> URI.create(p + "/status")).toList();
        this.reporting = reporting;
        this.token = token;
        this.interval = interval;
        for (int i = 0; i < count; i++) {
            agents.add(new SimulatedAgent(i));
        }
        this.watch = new VersionWatch(agents);
    }

    /** Starts polling. */
    public void start() {
        long periodNanos = interval.toNanos();
        for (SimulatedAgent agent : agents) {
            long offset = periodNanos * agent.index / agents.size();
            ticker.scheduleAtFixedRate(() -> poll(agent), offset, periodNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Waits until every agent has polled once; returns the highest version they hold (0: none deployed). */
    public long awaitFirstPolls(Duration timeout) throws InterruptedException {
        return watch.awaitFirstPolls(timeout);
    }

    /** Waits until every agent holds a version above {@code baseline}, or the time-out passes. */
    public Convergence awaitVersionAbove(long baseline, Duration timeout) throws InterruptedException {
        return watch.awaitAbove(baseline, timeout);
    }

    /** Waits until the agents got {@code more} further answers (any status but failures). */
    public void awaitMoreAnswers(long more, Duration timeout) throws InterruptedException {
        watch.awaitMoreAnswers(more, timeout);
    }

    public FleetStats stats() {
        return new FleetStats(polls.get(), ok.get(), notModified.get(), errors.get(), deferred.get(), lastError);
    }

    public int size() {
        return agents.size();
    }

    private void poll(SimulatedAgent agent) {
        if (agent.polling) {
            return; // the last poll has not been answered yet: a real agent waits too
        }
        if (!inFlight.tryAcquire()) {
            deferred.incrementAndGet(); // the simulator's own limit, not the server's: counted apart
            return;
        }
        agent.polling = true;
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoints.get(agent.index % endpoints.size())).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token.value());
        String etag = agent.etag;
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (reporting != null) {
            request.header("X-Agentproxy-Agent", ReportBuilder.id(agent.index));
        }
        polls.incrementAndGet();
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, e) -> {
            try {
                CertificateRefusal refusal = CertificateRefusal.in(e);
                if (refusal != null) {
                    failed(refusal.getMessage());
                } else if (e != null) {
                    failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                } else {
                    answered(agent, response);
                }
            } finally {
                agent.polling = false;
                inFlight.release();
            }
        });
    }

    private void answered(SimulatedAgent agent, HttpResponse<byte[]> response) {
        switch (response.statusCode()) {
            case 304 -> {
                notModified.incrementAndGet();
                watch.update(agent, agent.version, null);
                maybeReport(agent);
            }
            case 200 -> {
                ok.incrementAndGet();
                try {
                    JsonNode doc = MAPPER.readTree(response.body());
                    agent.etag = response.headers().firstValue("ETag").orElse(null);
                    long version = doc.path("version").asLong();
                    if (reporting != null && !policies.containsKey(version)) {
                        policies.putIfAbsent(version, PolicyCodec.read(MAPPER.writeValueAsString(doc.get("policy"))));
                    }
                    watch.update(agent, version, Instant.parse(doc.path("deployedAt").asText()));
                    maybeReport(agent);
                } catch (IOException | RuntimeException e) {
                    failed("unreadable agent document: " + e.getClass().getSimpleName());
                }
            }
            case 404 -> watch.update(agent, 0, null); // nothing deployed yet (or an unknown group)
            default -> failed("HTTP " + response.statusCode());
        }
    }

    /** Sends the agent's status report when reporting is on and its last one is an interval old. */
    private void maybeReport(SimulatedAgent agent) {
        long now = System.nanoTime();
        if (reporting == null || agent.lastReport != 0 && now - agent.lastReport < reporting.interval().toNanos()
                || !inFlight.tryAcquire()) {
            return;
        }
        agent.lastReport = now;
        long version = agent.version;
        byte[] body;
        try {
            body = AgentStatusCodec.write(ReportBuilder.report(agent.index, agents.size(), Math.max(version, 0),
                    agent.etag, policies.get(version), reporting));
        } catch (RuntimeException e) {
            inFlight.release();
            reportErrors.incrementAndGet();
            lastError = "cannot build a status report: " + e;
            return;
        }
        reports.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(statusEndpoints.get(agent.index % statusEndpoints.size())).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token.value()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, e) -> {
            try {
                if (e != null) {
                    reportErrors.incrementAndGet();
                    lastError = "status report: " + e.getClass().getSimpleName();
                } else if (response.statusCode() == 204) {
                    reportsStored.incrementAndGet();
                } else if (response.statusCode() == 429) {
                    reportsRefused.incrementAndGet(); // sent again after the next interval
                } else {
                    reportErrors.incrementAndGet();
                    lastError = "status report: HTTP " + response.statusCode();
                }
            } finally {
                inFlight.release();
            }
        });
    }

    /** What the agents' status reports got so far. */
    public ReportStats reportStats() {
        return new ReportStats(reports.get(), reportsStored.get(), reportsRefused.get(), reportErrors.get());
    }

    /**
     * The status reports sent so far.
     *
     * @param sent    reports sent
     * @param stored  answered 204
     * @param refused answered 429 (too soon, or the group tracks too many agents)
     * @param errors  failed otherwise
     */
    public record ReportStats(long sent, long stored, long refused, long errors) {
    }

    /** Waits until {@code count} reports were stored in all, or the time-out passes; returns the stored count. */
    public long awaitReportsStored(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (reportsStored.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(20); // a simulator's progress wait, not a test's
        }
        return reportsStored.get();
    }

    private void failed(String why) {
        errors.incrementAndGet();
        lastError = why;
    }

    /**
     * One poll before the fleet starts, so that a server whose TLS certificate this process does not trust is
     * reported at once (with the fingerprint seen and how to pin it) instead of after the time-out.
     *
     * @throws UntrustedServerException the certificate is neither trusted nor the pinned one
     */
    public void checkTrusted() throws UntrustedServerException, InterruptedException {
        for (URI endpoint : endpoints) {
            checkTrusted(endpoint);
        }
    }

    private void checkTrusted(URI endpoint) throws UntrustedServerException, InterruptedException {
        if (!"https".equalsIgnoreCase(endpoint.getScheme())) {
            return;
        }
        try {
            client.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token.value()).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            CertificateRefusal refusal = CertificateRefusal.in(e);
            if (refusal != null) {
                throw new UntrustedServerException(endpoint, refusal.seen(), refusal.pinned(), refusal.explained());
            }
            // anything else: the polls report it as they go
        }
    }

    /** Stops polling. */
    @Override
    public void close() {
        ticker.shutdownNow();
        client.shutdownNow();
        io.shutdownNow();
    }
}
