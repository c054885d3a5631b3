package org.agentproxy.server.internal.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.eclipse.jetty.server.Request;

/**
 * Refused tokens per client address: an address that presented {@code limit} refused tokens (admin or agent)
 * within a minute gets 429 with {@code Retry-After} on every admin or agent request until the oldest of them is a
 * minute old — before its token is even looked at, so that guessing goes no faster than {@code limit} a minute.
 * A limit of 0 turns it off. Only addresses with recent refusals are kept; a request from any other address costs
 * one map look-up (the agent poll path stays lock-free). Thread-safe.
 */
final class AuthThrottle {

    /** The window the limit counts refusals in. */
    static final long WINDOW_SECONDS = 60;
    /** Above this many addresses, those without a refusal in the window are forgotten. */
    private static final int PRUNE_ABOVE = 10_000;

    private final int limit;
    private final long window = TimeUnit.SECONDS.toNanos(WINDOW_SECONDS);
    private final LongSupplier clock;
    private final Consumer<String> log;
    /** Per address, the times (nanoTime) of its refusals in the window, oldest first; guarded by itself. */
    private final Map<String, Deque<Long>> refusals = new ConcurrentHashMap<>();

    /**
     * @param limit refused tokens per address and minute before it gets 429; 0: no limit
     * @param log   told (one line) when an address reaches the limit
     */
    AuthThrottle(int limit, Consumer<String> log) {
        this(limit, System::nanoTime, log);
    }

    AuthThrottle(int limit, LongSupplier clock, Consumer<String> log) {
        this.limit = limit;
        this.clock = clock;
        this.log = log;
    }

    /**
     * 429 with {@code Retry-After} when the request's address has reached the limit. While no address has a recent
     * refusal (the usual case) this is one emptiness check: the agent poll path stays as cheap as it was.
     */
    void check(Request request) throws ApiException {
        if (limit == 0 || refusals.isEmpty()) {
            return;
        }
        Deque<Long> times = refusals.get(Request.getRemoteAddr(request));
        if (times == null) {
            return;
        }
        long retryAfter;
        synchronized (times) {
            long now = clock.getAsLong();
            expire(times, now);
            if (times.size() < limit) {
                return;
            }
            retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(times.peekFirst() + window - now + 999_999_999));
        }
        throw new ApiException(429, "too-many-refused-tokens", "Authorization: " + limit + " refused tokens from "
                + "this address within " + WINDOW_SECONDS + " s; try again in " + retryAfter + " s")
                .with("retryAfter", retryAfter).header("Retry-After", Long.toString(retryAfter));
    }

    /** Records a refused token from an address; says so in the log when the address reaches the limit. */
    void refused(String address) {
        if (limit == 0) {
            return;
        }
        if (refusals.size() > PRUNE_ABOVE) {
            prune();
        }
        Deque<Long> times = refusals.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            long now = clock.getAsLong();
            expire(times, now);
            times.addLast(now);
            while (times.size() > limit) {
                times.removeFirst();
            }
            if (times.size() < limit) {
                return;
            }
        }
        log.accept(limit + " refused tokens from " + address + " within " + WINDOW_SECONDS + " s: its admin and "
                + "agent requests get 429 until fewer than " + limit + " of them are that recent");
    }

    private void expire(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() >= window) {
            times.removeFirst();
        }
    }

    private void prune() {
        long now = clock.getAsLong();
        refusals.values().removeIf(times -> {
            synchronized (times) {
                expire(times, now);
                return times.isEmpty();
            }
        });
    }
}
