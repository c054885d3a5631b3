package org.agentproxy.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import org.agentproxy.testing.bot.Condition;
import org.agentproxy.testing.bot.Matchers;
import org.agentproxy.ui.tests.bots.FleetImpactBot;
import org.agentproxy.ui.tests.bots.ScopePageBot;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * A measured script, not a test (its name does not match the test includes, so {@code ./test.sh} never runs it): with
 * Connection Paths and Fleet Impact open (Fleet Impact over a generated inventory of {@value #AGENTS} agents), types
 * into a policy field of the editor at a fast typist's pace and records, per keystroke, the time from the key
 * entering the UI thread's queue to the field showing the character (inserted, every listener run, painted).
 * Prints the median, the 95th percentile and the maximum; appends them to {@code target/bench/keystroke-latency.txt}.
 * The same without the simulation views tells what the rest of the studio costs.
 *
 * <pre>
 * source releng/scripts/common.sh; pick_jdk; with_display ./mvnw -B -ntp verify -pl &lt;modules&gt; \
 *     -Dtest=KeystrokeLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class KeystrokeLatencyBenchmark extends EditorTestSupport {

    static final int AGENTS = Integer.getInteger("bench.agents", 20_000);
    static final int KEYSTROKES = Integer.getInteger("bench.keystrokes", 60);
    /** Milliseconds between two keystrokes: ten characters a second. */
    static final long CADENCE_MS = Long.getLong("bench.cadence", 100);

    @Test
    void typeIntoAPolicyFieldWithBothViewsOpen() throws IOException {
        openBothViewsOverTheFleet();
        type("both views open, " + AGENTS + " agents");
        studio.closeView("org.agentproxy.simulation.ui.connectionPaths");
        studio.closeView("org.agentproxy.simulation.ui.fleetImpact");
    }

    /**
     * What one edit of the policy costs the UI thread synchronously (every listener of the edited policy: editor,
     * explorer, problems, the views), with both views open over the generated fleet and without them: the
     * difference is what the simulation views cost per keystroke.
     */
    @Test
    void whatAnEditCostsTheUiThreadWithAndWithoutTheViews() throws IOException {
        openBothViewsOverTheFleet();
        double[] with = edits(KEYSTROKES / 2);
        studio.closeView("org.agentproxy.simulation.ui.connectionPaths");
        studio.closeView("org.agentproxy.simulation.ui.fleetImpact");
        double[] without = edits(KEYSTROKES / 2);
        studio.revert();
        report("one edit's synchronous cost on the UI thread, both views open, " + AGENTS + " agents", with);
        report("one edit's synchronous cost on the UI thread, no simulation view open", without);
    }

    /** Times {@code n} edits of the policy's name, each on the UI thread, with a pause between them. */
    private double[] edits(int n) {
        double[] cost = new double[n];
        for (int i = -3; i < n; i++) {   // three to warm up
            int k = i;
            long took = studio.bot().syncExec(() -> {
                long start = System.nanoTime();
                org.agentproxy.ui.Studio.activePolicy().change("bench", p -> p.withName("bench " + k));
                return System.nanoTime() - start;
            });
            if (i >= 0) {
                cost[i] = took / 1e6;
            }
            LockSupport.parkNanos(400_000_000L);   // the views' jobs and their results run meanwhile
        }
        return cost;
    }

    /** Opens Connection Paths, and Fleet Impact over a generated inventory of {@link #AGENTS} agents. */
    private void openBothViewsOverTheFleet() throws IOException {
        Path inventory = dir.resolve("fleet-" + AGENTS + ".csv");
        Files.writeString(inventory, fleet(AGENTS));
        studio.connectionPaths();
        FleetImpactBot impact = studio.fleetImpact();
        chooser.answer(inventory);
        studio.bot().buttonWithId("fleetImpact.inventory").click();
        studio.bot().waitUntil(Condition.of("the inventory is analysed",
                () -> impact.status().contains("on " + AGENTS + " agents")), java.time.Duration.ofMinutes(2));
    }

    /** The same without the simulation views: what the rest of the studio costs per keystroke. */
    @Test
    void typeIntoAPolicyFieldWithoutTheSimulationViews() throws IOException {
        studio.closeView("org.agentproxy.simulation.ui.connectionPaths");
        studio.closeView("org.agentproxy.simulation.ui.fleetImpact");
        type("no simulation view open");
    }

    private void type(String setting) throws IOException {
        ScopePageBot page = editor.page("Internal Agents");
        Text field = (Text) studio.bot().widgets(Matchers.withId("internalAgents.server.host")).get(0);
        Display display = studio.bot().display();
        display.syncExec(() -> {
            field.setFocus();
            field.setSelection(field.getCharCount());
        });
        page.set("internalAgents.server.host", "proxy.corp.example");

        long[] posted = new long[KEYSTROKES];
        ConcurrentHashMap<Integer, Long> shown = new ConcurrentHashMap<>();
        long start = System.nanoTime() + 200_000_000L;
        for (int i = 0; i < KEYSTROKES; i++) {
            long due = start + i * CADENCE_MS * 1_000_000L;
            LockSupport.parkNanos(due - System.nanoTime());
            int n = i;
            char ch = (char) ('a' + i % 26);
            posted[i] = System.nanoTime();
            display.asyncExec(() -> {
                key(field, SWT.KeyDown, ch);
                field.insert(String.valueOf(ch));
                key(field, SWT.KeyUp, ch);
                field.update();
                shown.put(n, System.nanoTime());
            });
        }
        studio.bot().waitUntil(Condition.of("every keystroke is shown", () -> shown.size() == KEYSTROKES),
                java.time.Duration.ofMinutes(5));
        studio.revert();

        double[] latency = new double[KEYSTROKES];
        for (int i = 0; i < KEYSTROKES; i++) {
            latency[i] = (shown.get(i) - posted[i]) / 1e6;
        }
        report("keystroke -> field shows it, a keystroke every " + CADENCE_MS + " ms, " + setting, latency);
    }

    private static void key(Text field, int type, char ch) {
        Event e = new Event();
        e.type = type;
        e.character = ch;
        e.keyCode = ch;
        field.notifyListeners(type, e);
    }

    private static void report(String setting, double[] latency) throws IOException {
        double[] sorted = latency.clone();
        Arrays.sort(sorted);
        String line = String.format(Locale.ROOT,
                "%s (%d samples): median %.1f ms, p95 %.1f ms, max %.1f ms", setting, latency.length, percentile(sorted, 50), percentile(sorted, 95),
                sorted[sorted.length - 1]);
        List<String> out = new ArrayList<>(List.of(line, "each (ms): " + Arrays.toString(
                Arrays.stream(latency).map(v -> Math.round(v * 10) / 10.0).toArray())));
        System.out.println(String.join("\n", out));
        Path file = Path.of("target", "bench", "keystroke-latency.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, out, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** An inventory like the sample fleet, {@code agents} rows over the sample policy's networks. */
    static String fleet(int agents) {
        StringBuilder csv = new StringBuilder(
                "agent_id,ip,gateway_ip,gateway_mac,domain,address_family,auto_proxy_detected,user_proxy\n");
        for (int i = 0; i < agents; i++) {
            switch (i % 4) {
                case 0 -> csv.append("hq-ws-").append(i).append(",10.10.").append(4 + i / 250 % 200).append('.')
                        .append(1 + i % 250).append(",10.10.0.1,00:1a:2b:3c:4d:5e,Headquarters,ipv4,")
                        .append(i % 8 == 0).append(",\n");
                case 1 -> csv.append("lyon-ws-").append(i).append(",10.20.").append(1 + i / 250 % 200).append('.')
                        .append(1 + i % 250).append(",10.20.0.1,,Branch Lyon,ipv4,false,\n");
                case 2 -> csv.append("home-").append(i).append(",192.168.").append(i / 250 % 250).append('.')
                        .append(1 + i % 250).append(",192.168.1.1,,Remote,ipv4,false,\n");
                default -> csv.append("v6-").append(i).append(",fd00:20::").append(Integer.toHexString(i + 1))
                        .append(",,,Branch Lyon,ipv6,false,\n");
            }
        }
        return csv.toString();
    }
}
