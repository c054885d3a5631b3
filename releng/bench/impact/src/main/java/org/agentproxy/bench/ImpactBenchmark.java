package org.agentproxy.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

import org.agentproxy.policy.Policy;
import org.agentproxy.policy.codec.PolicyCodec;
import org.agentproxy.simulation.impact.FleetImpact;
import org.agentproxy.simulation.impact.ImpactReport;
import org.agentproxy.simulation.impact.Inventory;
import org.agentproxy.simulation.impact.InventoryFloor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fleet impact of the sample policy change ({@code sample-policy.json} to {@code sample-policy-next.json}) on a
 * generated inventory, on one thread; {@link #floor} only reads the same inventory columns, the memory floor the
 * analysis cannot beat. Agents per second = agents / time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms3g", "-Xmx3g" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class ImpactBenchmark {

    @Param("1000000")
    int agents;

    private Policy from;
    private Policy to;
    private Inventory inventory;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        from = sample("sample-policy.json");
        to = sample("sample-policy-next.json");
        inventory = Fleets.generate(agents, 20240601L);
    }

    /** The whole analysis: both policies, every agent, counts and the lost agents' rows. */
    @Benchmark
    public ImpactReport impact() {
        return FleetImpact.analyze(from, to, inventory);
    }

    /** The floor: one read of every column the analysis reads per agent. */
    @Benchmark
    public long floor() {
        return InventoryFloor.read(inventory);
    }

    private static Policy sample(String name) throws IOException {
        try (InputStream in = ImpactBenchmark.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IOException("no /samples/" + name + " on the class path");
            }
            return PolicyCodec.read(in);
        }
    }
}
