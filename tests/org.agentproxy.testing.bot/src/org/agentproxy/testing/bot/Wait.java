package org.agentproxy.testing.bot;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Polls a probe on the calling (test) thread until it yields a value or the timeout expires. */
final class Wait {

    /** Delay between two probes. */
    static final long POLL_MILLIS = 50;

    private Wait() {
    }

    /** @return the first value the probe yields, or empty on timeout */
    static <T> Optional<T> poll(Duration timeout, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            try {
                Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BotException("Interrupted while waiting", e);
            }
        }
    }
}
