package org.agentproxy.deployment.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Follows which version each agent holds and wakes those waiting for the fleet to converge. */
final class VersionWatch {

    private final List<SimulatedAgent> agents;
    private int polledOnce;
    private long answers;
    private long highest;
    private long baseline = Long.MAX_VALUE;
    private int above;
    private Instant deployedAt;
    private Instant firstAbove;
    private Instant lastAbove;

    VersionWatch(List<SimulatedAgent> agents) {
        this.agents = agents;
    }

    /** An agent got an answer: it holds {@code version} now ({@code deployedAt} known for a new document). */
    synchronized void update(SimulatedAgent agent, long version, Instant deployed) {
        long before = agent.version;
        answers++;
        if (before == -1) {
            polledOnce++;
        }
        agent.version = version;
        if (version > highest) {
            highest = version;
            deployedAt = deployed;
        }
        if (before <= baseline && version > baseline) {
            Instant now = Instant.now();
            if (above++ == 0) {
                firstAbove = now;
            }
            lastAbove = now;
        }
        notifyAll();
    }

    synchronized long awaitFirstPolls(Duration timeout) throws InterruptedException {
        awaitUntil(() -> polledOnce >= agents.size(), timeout);
        return highest;
    }

    /** Waits until {@code more} further answers arrived; returns the number of answers so far. */
    synchronized long awaitMoreAnswers(long more, Duration timeout) throws InterruptedException {
        long goal = answers + more;
        awaitUntil(() -> answers >= goal, timeout);
        return answers;
    }

    synchronized Convergence awaitAbove(long newBaseline, Duration timeout) throws InterruptedException {
        baseline = newBaseline;
        above = (int) agents.stream().filter(a -> a.version > newBaseline).count();
        firstAbove = above > 0 ? Instant.now() : null;
        lastAbove = firstAbove;
        awaitUntil(() -> above >= agents.size(), timeout);
        boolean converged = above == agents.size();
        Instant end = converged ? lastAbove : Instant.now();
        Instant from = deployedAt != null ? deployedAt : firstAbove;
        return new Convergence(converged, highest, above, agents.size(), deployedAt,
                from == null || firstAbove == null ? null : Duration.between(from, firstAbove),
                from == null ? null : Duration.between(from, end));
    }

    /** Waits (holding this object's monitor, released while waiting) until {@code done} holds or the time is up. */
    private void awaitUntil(BooleanSupplier done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
