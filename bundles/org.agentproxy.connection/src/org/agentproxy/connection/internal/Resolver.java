package org.agentproxy.connection.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * DNS with a time limit and cancellation: the lookup runs on its own daemon thread (the JDK's lookup cannot be
 * interrupted) while the test thread waits for it, for the cancellation, or for the limit.
 */
final class Resolver {

    /** A lookup's result: the addresses, or why there are none. */
    enum Failure {
        NONE, UNKNOWN_HOST, TIMED_OUT, CANCELLED
    }

    record Result(InetAddress[] addresses, Failure failure) {
    }

    private Resolver() {
    }

    static Result resolve(String host, Duration limit, CancelWatch watch) {
        CompletableFuture<InetAddress[]> lookup = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                lookup.complete(InetAddress.getAllByName(host));
            } catch (UnknownHostException | RuntimeException e) {
                lookup.completeExceptionally(e);
            }
        }, "agentproxy connection test DNS");
        t.setDaemon(true);
        t.start();
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                return new Result(lookup.get(50, TimeUnit.MILLISECONDS), Failure.NONE);
            } catch (ExecutionException e) {
                return new Result(new InetAddress[0], Failure.UNKNOWN_HOST);
            } catch (TimeoutException e) {
                if (watch.cancelled()) {
                    return new Result(new InetAddress[0], Failure.CANCELLED);
                }
                if (System.nanoTime() - deadline > 0) {
                    return new Result(new InetAddress[0], Failure.TIMED_OUT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(new InetAddress[0], Failure.CANCELLED);
            }
        }
    }
}
