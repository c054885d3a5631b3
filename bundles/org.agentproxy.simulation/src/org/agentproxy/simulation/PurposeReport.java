package org.agentproxy.simulation;

import java.util.List;
import java.util.Optional;

/**
 * The connection path of one purpose: the ordered attempts and the result.
 *
 * @param purpose  the purpose's name ({@link Purposes}, or a contributed feature's id)
 * @param attempts in order; after the first success the rest are {@link Outcome#NOT_TRIED}
 * @param outcome  {@link Outcome#OK} when some attempt succeeded, else {@link Outcome#FAILED}
 * @param cause    when failed: the cause of the last failed attempt
 * @param reason   when failed: why, in words
 */
public record PurposeReport(String purpose, List<Attempt> attempts, Outcome outcome, Cause cause, String reason) {

    public PurposeReport {
        attempts = List.copyOf(attempts);
    }

    /** The attempt that succeeded, if any. */
    public Optional<Attempt> success() {
        return attempts.stream().filter(Attempt::ok).findFirst();
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}
