package org.agentproxy.simulation.internal.engine;

import java.util.ArrayList;
import java.util.List;

import org.agentproxy.simulation.Attempt;
import org.agentproxy.simulation.Cause;
import org.agentproxy.simulation.Outcome;
import org.agentproxy.simulation.PurposeReport;
import org.agentproxy.simulation.Rule;

/**
 * Runs planned steps in order, the next on failure, until one succeeds; the rest are reported as not tried. With
 * the direct fallback on, a step that fails through a proxy is retried directly before the next step.
 */
final class Executor {

    private final Network network;

    Executor(Network network) {
        this.network = network;
    }

    PurposeReport run(String purpose, Party from, List<Step> steps, boolean directFallback, String noTarget) {
        if (steps.isEmpty()) {
            return new PurposeReport(purpose, List.of(), Outcome.FAILED, Cause.NO_TARGET, noTarget);
        }
        List<Attempt> attempts = attempts(from, steps, directFallback);
        Attempt lastFailure = null;
        for (Attempt a : attempts) {
            if (a.ok()) {
                return new PurposeReport(purpose, attempts, Outcome.OK, null, null);
            }
            lastFailure = a.outcome() == Outcome.FAILED ? a : lastFailure;
        }
        String reason = attempts.size() == 1 ? lastFailure.reason()
                : Messages.bind(Messages.Executor_everyAttemptFailed, lastFailure.reason());
        return new PurposeReport(purpose, attempts, Outcome.FAILED, lastFailure.cause(), reason);
    }

    List<Attempt> attempts(Party from, List<Step> steps, boolean directFallback) {
        List<Attempt> out = new ArrayList<>(steps.size() + 2);
        boolean done = false;
        for (Step step : steps) {
            if (done) {
                out.add(attempt(step, Outcome.NOT_TRIED, null, null));
                continue;
            }
            Attempt a = attempt(from, step);
            out.add(a);
            done = a.ok();
            if (!done && directFallback && step.via().route().isProxy() && a.cause() != Cause.HTTPS_REQUIRED) {
                Step retry = new Step(step.target(), Via.direct(null), step.rule(), Messages.Executor_fallback);
                Attempt b = attempt(from, retry);
                out.add(b);
                done = b.ok();
            }
        }
        return out;
    }

    private Attempt attempt(Party from, Step step) {
        if (step.httpsProblem() != null) {
            return new Attempt(step.target().label(), step.via().route(), proxyLabel(step), Outcome.FAILED,
                    Cause.HTTPS_REQUIRED, step.httpsProblem(), step.rule(), step.explanation());
        }
        Hop hop = network.connect(from, step.via().proxy(), step.target());
        return hop.ok() ? attempt(step, Outcome.OK, null, null) : attempt(step, Outcome.FAILED, hop.cause(), hop.reason());
    }

    private static Attempt attempt(Step step, Outcome outcome, Cause cause, String reason) {
        if (cause == Cause.ADDRESS_FAMILY) {
            return new Attempt(step.target().label(), step.via().route(), proxyLabel(step), outcome, cause, reason,
                    Rule.R7, Messages.bind(Messages.Executor_addressFamily, step.rule().id(), step.explanation()),
                    step.rule());
        }
        return new Attempt(step.target().label(), step.via().route(), proxyLabel(step), outcome, cause, reason,
                step.rule(), step.explanation());
    }

    /** The proxy's {@code host:port}; none when direct or when the scenario gives no automatic proxy address. */
    private static String proxyLabel(Step step) {
        return step.via().proxy() == null || step.via().proxy().host() == null ? null : step.via().proxy().label();
    }
}
