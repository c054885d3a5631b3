package org.agentproxy.simulation.impact;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.agentproxy.policy.Policy;
import org.agentproxy.simulation.SimulatedFeature;
import org.agentproxy.simulation.internal.impact.ImpactRun;
import org.agentproxy.simulation.scenario.AgentFacts;
import org.agentproxy.simulation.scenario.Scenario;

/**
 * Fleet impact analysis: what a policy change does to every agent of an inventory, before it is deployed. Each agent
 * is simulated under both policies by the same engine as {@link org.agentproxy.simulation.PathEngine}; agents the
 * engine cannot tell apart (same location, family, source list, privilege, automatic proxy use, user proxy) share one
 * simulation, so a million agents take well under a second. Pure function: no I/O, no global state; thread-safe.
 */
public final class FleetImpact {

    /** The world of {@link #analyze(Policy, Policy, Inventory)}: everything reachable, default parameters. */
    public static final Scenario DEFAULT_WORLD = Scenario.of(AgentFacts.at("192.0.2.1"));

    private FleetImpact() {
    }

    /** {@link #analyze(Policy, Policy, Inventory, Scenario, List)} in {@link #DEFAULT_WORLD}, built-in features. */
    public static ImpactReport analyze(Policy from, Policy to, Inventory inventory) {
        return analyze(from, to, inventory, DEFAULT_WORLD);
    }

    /** {@link #analyze(Policy, Policy, Inventory, Scenario, List)} with the built-in features. */
    public static ImpactReport analyze(Policy from, Policy to, Inventory inventory, Scenario world) {
        return analyze(from, to, inventory, world, SimulatedFeature.BUILT_IN);
    }

    /**
     * @param world    a scenario whose world, parameters, system proxy and automatic proxy apply to every agent (its
     *                 other agent fields are ignored: each agent's come from the inventory)
     * @param features the installed features, the same catalogue for both policies (see
     *                 {@link org.agentproxy.simulation.PathEngine#simulate(Policy, Scenario, List)})
     */
    public static ImpactReport analyze(Policy from, Policy to, Inventory inventory, Scenario world,
            List<SimulatedFeature> features) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(world, "world");
        ImpactRun.Result r = ImpactRun.run(from, to, inventory.data, world, features);
        List<PurposeImpact> purposes = new ArrayList<>(r.purposes().size());
        for (int k = 0; k < r.purposes().size(); k++) {
            int[] c = r.counts()[k];
            purposes.add(new PurposeImpact(r.purposes().get(k), c[0], c[1], c[2], c[3]));
        }
        return new ImpactReport(from.name(), to.name(), inventory.size(), purposes, new LostView(inventory, r),
                (purpose, change) -> agents(inventory, r, purpose, change));
    }

    /** The rows whose pair fares as {@code change} for {@code purpose}, as a view built on access. */
    private static List<AgentChange> agents(Inventory inventory, ImpactRun.Result r, String purpose, Change change) {
        int k = r.purposes().indexOf(purpose);
        if (k < 0) {
            return List.of();
        }
        int size = 0;
        int[] rows = new int[Math.max(0, r.counts()[k][change.ordinal()])];
        for (int row = 0; row < r.rowPairs().length && size < rows.length; row++) {
            if (r.pairs().get(r.rowPairs()[row])[k].change() == change) {
                rows[size++] = row;
            }
        }
        int n = size;
        return new AbstractList<>() {
            @Override
            public AgentChange get(int index) {
                Objects.checkIndex(index, n);
                int row = rows[index];
                ImpactRun.PurposeDiff d = r.pairs().get(r.rowPairs()[row])[k];
                return new AgentChange(inventory.agentId(row), purpose, change, d.before(), d.after(), d.cause(),
                        d.reason());
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    /** The lost agents, built on access from the rows and the shared per-pair lists. */
    private static final class LostView extends AbstractList<LostAgent> {

        private final Inventory inventory;
        private final ImpactRun.Result result;

        LostView(Inventory inventory, ImpactRun.Result result) {
            this.inventory = inventory;
            this.result = result;
        }

        @Override
        public LostAgent get(int index) {
            return new LostAgent(inventory.agentId(result.lostRows()[index]),
                    result.pairLost().get(result.lostPairs()[index]));
        }

        @Override
        public int size() {
            return result.lostRows().length;
        }
    }
}
