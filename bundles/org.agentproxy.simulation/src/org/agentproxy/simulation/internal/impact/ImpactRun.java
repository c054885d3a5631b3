package org.agentproxy.simulation.internal.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.simulation.SimulationReport;
import org.agentproxy.simulation.impact.Change;
import org.agentproxy.simulation.impact.LostPath;
import org.agentproxy.simulation.internal.engine.Catalogue;
import org.agentproxy.simulation.internal.engine.Engine;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.AgentFamily;
import org.agentproxy.simulation.scenario.Scenario;

/**
 * One fleet comparison. Each agent is reduced to a class key per policy ({@link PolicyTables#key}); the engine runs
 * once per new class, and once per new pair of classes the two reports are compared. The loops over the agents
 * only compute two keys and a few table look-ups, allocate nothing, and run on every core, block by block; the
 * engine and the comparisons run in file order, so classes, pairs and every list come out as one loop over the rows
 * in order gives them.
 */
public final class ImpactRun {

    /**
     * @param purposes  report order
     * @param counts    {@code [purpose][Change.ordinal()]}
     * @param lostRows  rows of the agents that lose a path, ascending
     * @param lostPairs the pair of each lost row, an index into {@code pairLost}
     * @param pairLost  per pair of classes: the paths an agent of that pair loses
     * @param rowPairs  per row, its pair of classes (an index into the lists of pairs)
     * @param pairs     per pair of classes and purpose: the change and both paths
     */
    public record Result(List<String> purposes, int[][] counts, int[] lostRows, int[] lostPairs,
            List<List<LostPath>> pairLost, int[] rowPairs, List<PurposeDiff[]> pairs) {
    }

    /**
     * What happens to one purpose for the agents of one pair of classes.
     *
     * @param change a {@link Change}
     * @param before the path under the baseline, or {@code null}
     * @param after  the path under the edited policy, or {@code null}
     * @param cause  why the edited policy fails, or {@code null}
     * @param reason the same in words, or {@code null}
     */
    public record PurposeDiff(Change change, String before, String after, Cause cause, String reason) {
    }

    private ImpactRun() {
    }

    public static Result run(Policy from, Policy to, InventoryData d, Scenario world,
            List<SimulatedFeature> catalogue) {
        Catalogue features = Catalogue.of(catalogue);
        Side a = new Side(from, d, world, features);
        Side b = new Side(to, d, world, features);
        int[] rowPairs = new int[d.size];
        // 1. on every core: each block of rows, its distinct pairs of keys and each row's pair among them
        int blockSize = Math.max(1 << 14, d.size / (4 * Runtime.getRuntime().availableProcessors()) + 1);
        int blocks = (d.size + blockSize - 1) / blockSize;
        Block[] local = new Block[blocks];
        IntStream.range(0, blocks).parallel().forEach(k -> local[k] = Block.of(a, b, d, rowPairs, k * blockSize,
                Math.min(d.size, (k + 1) * blockSize)));
        // 2. in file order, the few distinct pairs: the engine once per new class, the comparison once per new pair
        LongIntMap pairs = new LongIntMap(64);
        IntList pairCount = new IntList();
        IntList pairLoses = new IntList();
        List<List<LostPath>> pairLost = new ArrayList<>();
        List<byte[]> pairCategories = new ArrayList<>();
        List<PurposeDiff[]> diffs = new ArrayList<>();
        for (Block block : local) {
            for (int i = 0; i < block.count.size(); i++) {
                long key = ((long) a.classOf(block.keyA.get(i), block.firstRow.get(i)) << 32)
                        | b.classOf(block.keyB.get(i), block.firstRow.get(i));
                int p = pairs.get(key);
                if (p < 0) {
                    p = pairCount.size();
                    PurposeDiff[] diff = compare(a.report((int) (key >>> 32)), b.report((int) key), pairLost);
                    diffs.add(diff);
                    byte[] categories = new byte[diff.length];
                    for (int k = 0; k < diff.length; k++) {
                        categories[k] = (byte) diff[k].change().ordinal();
                    }
                    pairCategories.add(categories);
                    pairCount.add(0);
                    pairLoses.add(pairLost.get(p).isEmpty() ? 0 : 1);
                    pairs.put(key, p);
                }
                pairCount.add(p, block.count.get(i));
                block.global[i] = p;
            }
        }
        // 3. on every core: each row's pair, and the rows that lose a path
        IntStream.range(0, blocks).parallel().forEach(k -> local[k].finish(rowPairs, pairLoses));
        IntList lostRows = new IntList();
        IntList lostPairs = new IntList();
        for (Block block : local) {
            lostRows.addAll(block.lostRows);
            lostPairs.addAll(block.lostPairs);
        }
        List<String> purposes = features.purposes();
        int[][] counts = new int[purposes.size()][4];
        for (int p = 0; p < pairCount.size(); p++) {
            byte[] categories = pairCategories.get(p);
            for (int k = 0; k < categories.length; k++) {
                counts[k][categories[k]] += pairCount.get(p);
            }
        }
        return new Result(purposes, counts, lostRows.toArray(), lostPairs.toArray(), pairLost, rowPairs, diffs);
    }

    /** A block of rows: its distinct pairs of keys in the order they first appear, and each row's pair. */
    private static final class Block {

        private final int from;
        private final int to;
        private final LongIntMap byKeyA = new LongIntMap(64);
        private final List<LongIntMap> byKeyB = new ArrayList<>();
        final LongList keyA = new LongList();
        final LongList keyB = new LongList();
        final IntList firstRow = new IntList();
        final IntList count = new IntList();
        int[] global;
        final IntList lostRows = new IntList();
        final IntList lostPairs = new IntList();

        private Block(int from, int to) {
            this.from = from;
            this.to = to;
        }

        static Block of(Side a, Side b, InventoryData d, int[] rowPairs, int from, int to) {
            Block block = new Block(from, to);
            for (int row = from; row < to; row++) {
                rowPairs[row] = block.pair(a.tables.key(d, row), b.tables.key(d, row), row);
            }
            block.global = new int[block.count.size()];
            return block;
        }

        private int pair(long ka, long kb, int row) {
            int ia = byKeyA.get(ka);
            if (ia < 0) {
                ia = byKeyB.size();
                byKeyB.add(new LongIntMap(16));
                byKeyA.put(ka, ia);
            }
            LongIntMap second = byKeyB.get(ia);
            int p = second.get(kb);
            if (p < 0) {
                p = count.size();
                keyA.add(ka);
                keyB.add(kb);
                firstRow.add(row);
                count.add(0);
                second.put(kb, p);
            }
            count.increment(p);
            return p;
        }

        void finish(int[] rowPairs, IntList pairLoses) {
            for (int row = from; row < to; row++) {
                int p = global[rowPairs[row]];
                rowPairs[row] = p;
                if (pairLoses.get(p) != 0) {
                    lostRows.add(row);
                    lostPairs.add(p);
                }
            }
        }
    }

    /** Per purpose what a pair of reports differ in; adds the pair's lost paths to {@code pairLost}. */
    private static PurposeDiff[] compare(SimulationReport before, SimulationReport after,
            List<List<LostPath>> pairLost) {
        int n = before.purposes().size();
        PurposeDiff[] categories = new PurposeDiff[n];
        List<LostPath> lost = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            PurposeReport x = before.purposes().get(k);
            PurposeReport y = after.purposes().get(k);
            String px = x.success().map(at -> at.path()).orElse(null);
            String py = y.success().map(at -> at.path()).orElse(null);
            Change change;
            if (px == null ? py == null : px.equals(py)) {
                change = Change.KEPT;
            } else if (px != null && py != null) {
                change = Change.CHANGED;
            } else if (py == null) {
                change = Change.LOST;
                lost.add(new LostPath(x.purpose(), px, y.cause(), y.reason()));
            } else {
                change = Change.GAINED;
            }
            categories[k] = new PurposeDiff(change, px, py, py == null ? y.cause() : null,
                    py == null ? y.reason() : null);
        }
        pairLost.add(List.copyOf(lost));
        return categories;
    }

    /** One policy's classes: key to class, and the engine's report of each class. */
    private static final class Side {

        private final Policy policy;
        private final InventoryData d;
        private final Scenario world;
        private final Catalogue features;
        final PolicyTables tables;
        private final LongIntMap classes = new LongIntMap(256);
        private final List<SimulationReport> reports = new ArrayList<>();

        Side(Policy policy, InventoryData d, Scenario world, Catalogue features) {
            this.policy = policy;
            this.d = d;
            this.world = world;
            this.features = features;
            this.tables = new PolicyTables(policy, d, world);
        }

        /** The class of a key; {@code row} is the first row that has it, whose agent the engine then simulates. */
        int classOf(long key, int row) {
            int c = classes.get(key);
            if (c < 0) {
                c = reports.size();
                reports.add(Engine.simulate(policy, world.withAgent(agent(row)), features));
                classes.put(key, c);
            }
            return c;
        }

        SimulationReport report(int c) {
            return reports.get(c);
        }

        private AgentFacts agent(int row) {
            int flags = d.flags[row];
            AgentFacts w = world.agent();
            return new AgentFacts(d.id(row), PolicyTables.ip(d, row), AgentFamily.values()[flags & InventoryData.FAMILY],
                    d.gateways.get(d.gateway[row]), d.domains.get(d.domain[row]), (flags & InventoryData.AUTO) != 0,
                    w.automaticProxy(), w.systemProxy(), d.userProxies.get(d.userProxy[row]));
        }
    }
}
