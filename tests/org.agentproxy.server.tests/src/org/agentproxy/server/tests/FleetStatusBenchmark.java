package org.agentproxy.server.tests;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.agentproxy.policy.Policy;
import org.agentproxy.server.ServerConfig;
import org.agentproxy.server.StatusSettings;
import org.agentproxy.server.internal.status.AgentState;
import org.agentproxy.server.internal.status.FileAgentStatusStore;
import org.agentproxy.server.internal.status.GroupStatus;
import org.agentproxy.server.internal.status.GroupVersions;
import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.PathEngine;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Route;
import org.agentproxy.simulation.scenario.Scenario;
import org.agentproxy.simulation.status.AgentStatusCodec;
import org.agentproxy.simulation.status.AgentStatusReport;
import org.agentproxy.simulation.status.ObservedPath;
import org.agentproxy.simulation.status.ReportedFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measured script, not a test (its name does not match the test includes: {@code ./test.sh} never runs it): the
 * fleet status's figures for docs/fleet-status.md. Prints them and appends them to
 * {@code target/bench/fleet-status.txt}.
 * <ol>
 * <li>memory per tracked agent: {@value #AGENTS} agents' reports (nine purposes each) held, heap after a full GC
 * before and after;</li>
 * <li>mismatch detection after a policy change: every agent reports the new version (2 % of them on another path
 * than predicted), time until the mismatch list is complete and right;</li>
 * <li>ingestion over HTTP on loopback: reports per second and their p99, with agent polls answered 304 in the same
 * run on the same server.</li>
 * </ol>
 * <pre>
 * ./mvnw -B -ntp verify -pl &lt;modules&gt; -Dtest=FleetStatusBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class FleetStatusBenchmark {

    static final int AGENTS = Integer.getInteger("bench.agents", 100_000);
    static final int HTTP_SECONDS = Integer.getInteger("bench.seconds", 15);
    static final int IN_FLIGHT = Integer.getInteger("bench.inflight", 64);

    @TempDir
    Path dir;
    private final List<String> lines = new ArrayList<>();

    @Test
    void measure() throws Exception {
        Policy v1 = Policies.named("HQ", 8080);
        Policy v2 = Policies.named("HQ", 8081);
        memoryAndMismatches(v1, v2);
        http();
        Path out = Path.of("target", "bench", "fleet-status.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Instant.now() + "\n" + String.join("\n", lines) + "\n\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private void memoryAndMismatches(Policy v1, Policy v2) throws Exception {
        GroupVersions versions = new GroupVersions() {
            @Override
            public long current() {
                return 2;
            }

            @Override
            public Optional<Policy> policy(long version) {
                return version == 1 ? Optional.of(v1) : version == 2 ? Optional.of(v2) : Optional.empty();
            }
        };
        try (FileAgentStatusStore store = FileAgentStatusStore.open(dir.resolve("mem"), StatusSettings.DEFAULTS
                .withMinReportInterval(Duration.ZERO), name -> null, line -> { })) {
            GroupStatus group = store.group("bench");
            report(0, 1, v1, false); // classes loaded before the baseline
            long before = usedAfterGc();
            long now = System.currentTimeMillis();
            for (int i = 0; i < AGENTS; i++) {
                group.report(report(i, 1, v1, false), now, versions);
            }
            long after = usedAfterGc();
            record("memory per tracked agent (9 purposes, " + AGENTS + " agents): " + (after - before) / AGENTS
                    + " bytes");

            // the policy changes: every agent applies version 2 and reports; 2 % of them went direct
            AgentStatusReport[] next = new AgentStatusReport[AGENTS];
            for (int i = 0; i < AGENTS; i++) {
                next[i] = report(i, 2, v2, i % 50 == 0);
            }
            long start = System.nanoTime();
            Thread[] threads = new Thread[2];
            for (int t = 0; t < threads.length; t++) {
                int first = t;
                threads[t] = new Thread(() -> {
                    for (int i = first; i < AGENTS; i += threads.length) {
                        group.report(next[i], now + 1, versions);
                    }
                });
                threads[t].start();
            }
            for (Thread t : threads) {
                t.join();
            }
            GroupStatus.Page page = group.page(2, now + 2, AgentState.MISMATCH, null, 1000);
            long millis = (System.nanoTime() - start) / 1_000_000;
            int expected = (AGENTS + 49) / 50;
            record("mismatch detection after a policy change, " + AGENTS + " agents reporting the new version: "
                    + millis + " ms to a complete list (" + page.states().get(AgentState.MISMATCH) + " mismatched, "
                    + "expected " + expected + ")");
            if (page.states().get(AgentState.MISMATCH) != expected) {
                throw new AssertionError("wrong mismatch count");
            }
            long again = System.nanoTime();
            for (int i = 0; i < AGENTS; i++) {
                group.report(next[i], now + 3, versions);
            }
            record("the same reports again (nothing changed, no engine run): "
                    + (System.nanoTime() - again) / 1_000_000 + " ms for " + AGENTS);
        }
    }

    /**
     * wrk (Debian's, as releng/bench/server.sh uses it) twice at once against one server: one sending reports of
     * distinct agents, one polling with the current ETag (304). The token is read from an owner-only file.
     */
    private void http() throws Exception {
        try (TestServer server = TestServer.start(ServerConfig.of(dir.resolve("http")))) {
            String token = server.createGroup("bench");
            server.deploy("bench", 0, Policies.json("HQ", 8080));
            String etag = server.poll("bench", token, null).header("ETag");
            String template = new String(AgentStatusCodec.write(report(0, 1, Policies.named("HQ", 8080), false)),
                    StandardCharsets.UTF_8);
            Path tokenFile = dir.resolve("agent-token");
            Files.writeString(tokenFile, token + "\n");
            Files.setPosixFilePermissions(tokenFile, java.nio.file.attribute.PosixFilePermissions.fromString(
                    "rw-------"));
            String head = "local f = io.open(\"" + tokenFile + "\"); local token = f:read(\"*l\"); f:close()\n"
                    + "wrk.headers[\"Authorization\"] = \"Bearer \" .. token\n";
            Path reports = dir.resolve("reports.lua");
            Files.writeString(reports, head + "wrk.method = \"POST\"\n"
                    + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
                    + "local body = [==[" + template + "]==]\nlocal n = 0\n"
                    + "request = function()\n  n = n + 1\n"
                    + "  return wrk.format(nil, nil, nil, (body:gsub(\"agent%-000000\", \"agent-\" .. n)))\nend\n");
            Path polls = dir.resolve("polls.lua");
            Files.writeString(polls, head + "wrk.headers[\"If-None-Match\"] = [==[" + etag + "]==]\n");
            String base = server.server.uri().toString();
            String loadBefore = loadAverage();
            long cpuBefore = processCpuNanos();
            Process r = wrk(reports, base + "v1/agent/groups/bench/status");
            Process p = wrk(polls, base + "v1/agent/groups/bench/policy");
            String reportOut = new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String pollOut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            r.waitFor();
            p.waitFor();
            long cpu = processCpuNanos() - cpuBefore;
            record("HTTP on loopback, wrk -t1 -c" + IN_FLIGHT / 2 + " -d" + HTTP_SECONDS + "s twice at once (the "
                    + "load generators on the same 2 cores as the server):");
            record("  store: " + (Stores.postgres() ? "PostgreSQL (batched upserts)" : "data directory (snapshots)")
                    + "; JVM: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                            .filter(a -> a.startsWith("-XX:") || a.startsWith("-Xm")).toList())
                    + "; load average before/after: " + loadBefore + " / " + loadAverage());
            record("  reports (a new agent each): " + wrkFigures(reportOut));
            record("  304 polls, same run:        " + wrkFigures(pollOut));
            double reportRate = rate(reportOut);
            double pollRate = rate(pollOut);
            record(String.format(java.util.Locale.ROOT, "  reports/s over 304 polls/s in the same run: %.2f",
                    reportRate / pollRate));
            // the server's CPU per answer does not depend on how much CPU the other builds on the machine leave it
            double answers = (reportRate + pollRate) * HTTP_SECONDS;
            record(String.format(java.util.Locale.ROOT, "  server process CPU per 1,000 answers (reports and polls "
                    + "together): %.1f ms", cpu / 1e6 / answers * 1000));
            String list = server.api.get("v1/admin/groups/bench/agents?limit=1", server.adminToken).json()
                    .at("/summary/agents").toString();
            record("  agents tracked after the run: " + list);
        }
    }

    private static Process wrk(Path script, String url) throws java.io.IOException {
        return new ProcessBuilder("wrk", "-t1", "-c" + IN_FLIGHT / 2, "-d" + HTTP_SECONDS + "s", "--latency", "-s",
                script.toString(), url).redirectErrorStream(true).start();
    }

    /** Requests/sec, p50 and p99 and the non-2xx/3xx count from wrk's output. */
    private static String wrkFigures(String out) {
        String rate = grab(out, "Requests/sec:\\s+([0-9.]+)");
        String p50 = grab(out, "\\s50%\\s+([0-9.]+\\w+)");
        String p99 = grab(out, "\\s99%\\s+([0-9.]+\\w+)");
        String bad = grab(out, "Non-2xx or 3xx responses:\\s+(\\d+)");
        return rate + " req/s, p50 " + p50 + ", p99 " + p99 + ", non-2xx/3xx " + (bad.equals("?") ? "0" : bad);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double rate(String wrkOut) {
        String r = grab(wrkOut, "Requests/sec:\\s+([0-9.]+)");
        return r.equals("?") ? Double.NaN : Double.parseDouble(r);
    }

    /** The 1-minute load average (the machine is shared: figures are read against it). */
    private static String loadAverage() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static String grab(String text, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : "?";
    }

    /** An agent's report with the engine's paths for the policy; {@code detour}: configuration went direct. */
    private static AgentStatusReport report(int index, long version, Policy policy, boolean detour) {
        ReportedFacts facts = new ReportedFacts("10." + ((index >> 16) & 255) + "." + ((index >> 8) & 255) + "."
                + (index & 255), null, "Fleet", null, false);
        String id = String.format("agent-%06d", index);
        List<ObservedPath> paths = new ArrayList<>();
        for (PurposeReport p : PathEngine.simulate(policy, Scenario.of(facts.toAgentFacts(id))).purposes()) {
            if (p.attempts().isEmpty()) {
                continue;
            }
            Attempt a = p.success().orElse(p.attempts().get(p.attempts().size() - 1));
            boolean off = detour && p.purpose().equals("configuration");
            paths.add(new ObservedPath(p.purpose(), off ? Route.DIRECT : a.via(), off || "automatic".equals(a.proxy())
                    ? null : a.proxy(), a.target(), p.ok() ? Outcome.OK : Outcome.FAILED, p.ok() ? null : "failed"));
        }
        return new AgentStatusReport(id, version, "\"" + version + "\"", Instant.now(), facts, paths);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void record(String line) {
        System.out.println("[fleet-status bench] " + line);
        lines.add(line);
    }

}
